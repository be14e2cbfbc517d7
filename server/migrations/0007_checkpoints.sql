-- Checkpoints (docs/sync-protocol.md, sections 3.4 and 6): a change of a merged text that stands for
-- the updates of it logged before, so that the server lists a text as worth another only for the
-- updates that came after its latest checkpoint. No change before protocol 7 is one.
ALTER TABLE changes ADD COLUMN checkpoint boolean NOT NULL DEFAULT false;
