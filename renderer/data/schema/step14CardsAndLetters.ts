import type { Transaction } from 'dexie';

/**
 * Schema step 14: protocol 12's two new values, an attachment owned by a
 * host person (the photo of their business card) and a report note of kind
 * `letter` (docs/sync-protocol.md, section 10, "From 11 to 12").
 *
 * No store changes: both are values of leaves this device already keeps.
 * What it does write: every trip's place in the log goes back to the
 * beginning (the settings `sync:<trip>:pulled` and `…:pulledId` to null),
 * so the next sync pulls the whole log once. Under protocol 11 this device
 * skipped, for good, each change holding either value (its schema refused
 * the value, section 6, Pull), and kept the rest of those records unwritten,
 * lacking their `owner` or `kind`; pulled again, the skipped changes reach
 * it and complete them. What it held already comes again and changes
 * nothing. Frozen: the settings' names are copies of this version's
 * (renderer/data/sync/cursor.ts).
 */
export const step14 = {
  version: 14,
  stores: {},
  upgrade: pullEveryLogAgain,
};

const PULLED = /^sync:[^:]+:(pulled|pulledId)$/;

async function pullEveryLogAgain(tx: Transaction): Promise<void> {
  await tx
    .table('settings')
    .filter((setting: { key: string }) => PULLED.test(setting.key))
    .modify({ value: null });
}
