-- The sync server's first schema (docs/sync-protocol.md, sections 6 and 8).
-- Ids the devices make (trips, members, records, changes) are text, kept as sent,
-- so that every device reads back exactly the id that was written.
-- Tokens and codes are kept only as the hex of their SHA-256.

CREATE TABLE trips (
  id text PRIMARY KEY,
  organiser_member_id text NOT NULL,
  -- The setup code that published the trip: a publish whose answer was lost may be repeated with it.
  setup_code_hash text NOT NULL,
  published_at timestamptz NOT NULL
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  trip_id text NOT NULL REFERENCES trips (id),
  member_id text NOT NULL,
  name text NOT NULL,
  organiser boolean NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_sync timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_by_trip ON devices (trip_id);

CREATE TABLE invitations (
  code_hash text PRIMARY KEY,
  trip_id text NOT NULL REFERENCES trips (id),
  member_id text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by text REFERENCES devices (id),
  -- Set when the organiser invites the member again: one code per member is open at a time.
  withdrawn_at timestamptz
);
CREATE INDEX invitations_by_member ON invitations (trip_id, member_id);

-- The server's own settings; `setup_code_hash` while a setup code waits to be used.
CREATE TABLE server_settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE changes (
  -- The order the server stored the changes in, which a pull pages by.
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trip_id text NOT NULL REFERENCES trips (id),
  id text NOT NULL,
  table_name text NOT NULL,
  record_id text NOT NULL,
  path text NOT NULL,
  -- json, not jsonb: the value is kept as sent, its keys in their order, so every device compares the same text.
  value json NOT NULL,
  hlc text NOT NULL,
  base text,
  device_id text NOT NULL,
  -- The member of the token that pushed the change, whatever the change claimed.
  member_id text NOT NULL,
  pushed_by text NOT NULL REFERENCES devices (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (trip_id, id)
);
CREATE INDEX changes_by_trip ON changes (trip_id, seq);
