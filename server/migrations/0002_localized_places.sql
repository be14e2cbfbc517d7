-- Protocol 2 (docs/sync-protocol.md, section 9): a trip's organiser, a host's address and an
-- item's place are names per language. The changes protocol 1 stored as single strings are
-- rewritten by the rule the app's schema step 8 applies to what a device holds
-- (renderer/data/schema/step8LocalizedPlaces.ts), so that a device and the server agree on every
-- leaf: the organiser and the place in the delegation's language (`home`), the address in the
-- hosts' (`host`), as the trip's `languages` leaf says now; one language per field and record,
-- so a text that replaced another still does. Ids, stamps and authors stay: a change is the same
-- change, of the leaf it is a change of now.

-- The languages of each trip: the winning change of its `languages` leaf, the later stamp, then
-- the greater id (shared/sync/merge.ts, `wins`), compared byte by byte as the devices compare them.
CREATE TEMPORARY TABLE trip_languages ON COMMIT DROP AS
SELECT DISTINCT ON (trip_id) trip_id, value ->> 'home' AS home, value ->> 'host' AS host
FROM changes
WHERE table_name = 'trips' AND record_id = trip_id AND path = 'languages'
ORDER BY trip_id, hlc COLLATE "C" DESC, id COLLATE "C" DESC;

-- A trip none of whose languages the server holds: a Korean delegation, Japanese hosts, as the app assumes.
INSERT INTO trip_languages (trip_id, home, host)
SELECT DISTINCT trip_id, 'ko', 'ja' FROM changes
WHERE trip_id NOT IN (SELECT trip_id FROM trip_languages);

UPDATE changes AS c
SET path = 'organiser/' || l.home
FROM trip_languages AS l
WHERE c.trip_id = l.trip_id AND c.table_name = 'trips' AND c.path = 'organiser';

UPDATE changes AS c
SET path = 'location/' || l.home
FROM trip_languages AS l
WHERE c.trip_id = l.trip_id AND c.table_name = 'itineraryItems' AND c.path = 'location';

UPDATE changes AS c
SET value = (c.value::jsonb || jsonb_build_object('address', jsonb_build_object(l.host, c.value ->> 'address')))::json
FROM trip_languages AS l
WHERE c.trip_id = l.trip_id AND c.table_name = 'itineraryItems' AND c.path = 'host'
  AND json_typeof(c.value) = 'object' AND json_typeof(c.value -> 'address') = 'string';
