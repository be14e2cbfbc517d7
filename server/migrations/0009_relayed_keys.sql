-- Keys relayed by a push (docs/sync-protocol.md, section 9): a trip published again on a new server
-- brings other devices' changes with their keys, which chain down to its root. Each such key is a
-- row of the trip with no token, so that no request ever opens it, until its device joins and
-- registers the same key, taking the row's place.
ALTER TABLE devices ALTER COLUMN token_hash DROP NOT NULL;
