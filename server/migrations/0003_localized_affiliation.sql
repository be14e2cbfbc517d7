-- Protocol 3 (docs/sync-protocol.md, section 9): a member's affiliation is a name per language.
-- The changes protocol 2 stored as single strings are rewritten by the rule the app's schema
-- step 9 applies to what a device holds (renderer/data/schema/step9LocalizedAffiliation.ts), so
-- that a device and the server agree on every leaf: the affiliation in the delegation's language
-- (`home`), as the trip's `languages` leaf says now; one language per record, so a text that
-- replaced another still does. Ids, stamps and authors stay: a change is the same change, of the
-- leaf it is a change of now.

-- The languages of each trip: the winning change of its `languages` leaf, the later stamp, then
-- the greater id (shared/sync/merge.ts, `wins`), compared byte by byte as the devices compare them.
CREATE TEMPORARY TABLE trip_home_language ON COMMIT DROP AS
SELECT DISTINCT ON (trip_id) trip_id, value ->> 'home' AS home
FROM changes
WHERE table_name = 'trips' AND record_id = trip_id AND path = 'languages'
ORDER BY trip_id, hlc COLLATE "C" DESC, id COLLATE "C" DESC;

-- A trip none of whose languages the server holds: a Korean delegation, as the app assumes.
INSERT INTO trip_home_language (trip_id, home)
SELECT DISTINCT trip_id, 'ko' FROM changes
WHERE trip_id NOT IN (SELECT trip_id FROM trip_home_language);

UPDATE changes AS c
SET path = 'affiliation/' || l.home
FROM trip_home_language AS l
WHERE c.trip_id = l.trip_id AND c.table_name = 'members' AND c.path = 'affiliation';
