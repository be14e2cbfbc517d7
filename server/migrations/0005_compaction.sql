-- Compaction (docs/sync-protocol.md, section 6): a change no device needs any more, superseded by a
-- later change of its leaf that knew of it, or one of a merged text's updates now held by a single
-- update, stays in the log as a mark without its value: it keeps its place, so that a device that
-- pulled up to it finds it there (the pull's `id`), and pulls leave it out.
ALTER TABLE changes ADD COLUMN compacted boolean NOT NULL DEFAULT false;

-- When the trip's log was last compacted, and how much came since: compaction runs when it pays.
ALTER TABLE trips ADD COLUMN compacted_at timestamptz;
ALTER TABLE trips ADD COLUMN changes_since_compaction integer NOT NULL DEFAULT 0;
