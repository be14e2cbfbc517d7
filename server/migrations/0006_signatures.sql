-- Signed changes (docs/sync-protocol.md, section 9). Each device registers its Ed25519 public key
-- under the id its stamps end in (`signing_id`, the `deviceId` of its changes); a device that joined
-- with an invitation shows the invitation's certificate of it, and the invitation carries the grant
-- the inviting device signed. The trip's first key is its root: every other key descends from it.
ALTER TABLE devices ADD COLUMN signing_id text;
ALTER TABLE devices ADD COLUMN public_key text;
ALTER TABLE devices ADD COLUMN certificate text;
ALTER TABLE devices ADD COLUMN grant_json text;
-- The last place in the trip's log when the device was revoked: its changes stored later are not its.
ALTER TABLE devices ADD COLUMN revoked_after bigint;
CREATE UNIQUE INDEX devices_by_signing_id ON devices (trip_id, signing_id);

ALTER TABLE invitations ADD COLUMN grant_json text;

ALTER TABLE trips ADD COLUMN root_device text;
-- Changes stored before signatures carry none; devices take them up to here, and no unsigned one after.
ALTER TABLE trips ADD COLUMN unsigned_until bigint NOT NULL DEFAULT 0;
UPDATE trips SET unsigned_until = coalesce((SELECT max(seq) FROM changes WHERE changes.trip_id = trips.id), 0);

-- A push's signature over its changes' digests; kept as long as any change it signs.
CREATE TABLE bundles (
  trip_id text NOT NULL REFERENCES trips (id),
  id text NOT NULL,
  device_id text NOT NULL,
  digests text NOT NULL,
  signature text NOT NULL,
  PRIMARY KEY (trip_id, id)
);
ALTER TABLE changes ADD COLUMN bundle_id text;
