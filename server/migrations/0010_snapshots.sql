-- Protocol 10 (docs/sync-protocol.md, sections 3.6 and 6): each trip's latest snapshot, as the first
-- organiser's device listed it. Its bytes are a blob of the trip (0004); the server keeps only where
-- they are, up to where they hold the log, and the signature every device checks them by.
CREATE TABLE snapshots (
  trip_id text PRIMARY KEY REFERENCES trips (id),
  up_to bigint NOT NULL CHECK (up_to > 0),
  -- The id of the change at `up_to`: a device that takes the snapshot pulls after it with this cursor.
  up_to_id text NOT NULL,
  sha256 text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  -- The id the signing device's stamps end in (its key's), not the server's name for it.
  device_id text NOT NULL,
  signature text NOT NULL,
  listed_at timestamptz NOT NULL
);
