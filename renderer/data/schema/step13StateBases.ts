/**
 * Schema step 13: a snapshot's merge states kept as it came (issue 16,
 * renderer/data/writes/recordStates.ts). A new device that begins a trip
 * from its snapshot (docs/sync-protocol.md, section 3.6) used to write one
 * `recordStates` row per record, as many rows again as the records
 * themselves, though it will write again only a few of those records.
 * It now keeps the snapshot's states packed: `stateBases`, one row per
 * trip saying where the snapshot stands, and `stateBuckets`, the packed
 * states in a few dozen rows of JSON by a hash of their key, and the
 * strings they name in one more. A record's state is read from there until
 * the record is written again; its row in `recordStates` then holds it.
 *
 * It writes nothing: a device that took a snapshot before it keeps its
 * states in `recordStates`, which are read first. A later step that
 * rewrites leaves (as steps 8 and 9 did in `recordStates`) rewrites the
 * packed states in `stateBuckets` as well.
 */
export const step13 = {
  version: 13,
  stores: {
    stateBases: 'tripId',
    stateBuckets: '[tripId+bucket]',
  },
};
