-- Protocol 4 (docs/sync-protocol.md, sections 6 and 9): the bytes of attachments travel, named by
-- their SHA-256. Kept in the database, not in files beside it, so that several server processes on
-- one database stay stateless. One copy per trip however many devices upload it, and never shared
-- with another trip (a token opens one trip, even for a file two trips both hold).

CREATE TABLE blobs (
  trip_id text NOT NULL REFERENCES trips (id),
  -- Lower-case hex, as the attachment record carries it.
  sha256 text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  -- True once every chunk is here and the SHA-256 of them all is the name: only then may a device download it.
  complete boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (trip_id, sha256)
);

-- A file in chunks of 1 MiB (the last one shorter), so that no request carries a whole file.
CREATE TABLE blob_chunks (
  trip_id text NOT NULL,
  sha256 text NOT NULL,
  chunk_index integer NOT NULL CHECK (chunk_index >= 0),
  bytes bytea NOT NULL,
  PRIMARY KEY (trip_id, sha256, chunk_index),
  FOREIGN KEY (trip_id, sha256) REFERENCES blobs (trip_id, sha256) ON DELETE CASCADE
);
-- Photos and office files are compressed already: stored out of line as they are, without trying again.
ALTER TABLE blob_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
