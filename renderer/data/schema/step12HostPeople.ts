import type { Transaction } from 'dexie';

/**
 * Schema step 12: the trip's directory of host people (`hostPeople`, by
 * trip, as the glossary; issue 24, protocol 11).
 *
 * It writes nothing else. The people the records already name (an item's
 * contacts, the minutes' hosts present, a Q&A note's answerer) stay as they
 * are, each copy standing for the entry derived from it
 * (shared/people/directory.ts, `derivedPersonId`): every device derives the
 * same entries, with the same ids, from the same records, so none is
 * written here. An entry written by this upgrade would be outside the write
 * funnel: with no merge state and no change in the outbox, the funnel would
 * take it for one the server holds and send only its later edits, a record
 * the other devices could not rebuild. An entry is stored, and syncs, the
 * first time a member who may writes it through the funnel.
 *
 * What it does write: every trip's place in the log goes back to the
 * beginning (the settings `sync:<trip>:pulled` and `…:pulledId` to null),
 * so the next sync pulls the whole log once. Under protocol 10 this device
 * skipped, for good, each change of the directory it pulled (a table it did
 * not know, docs/sync-protocol.md, section 6) while other members' devices
 * already wrote them; pulled again, they reach it now. What it held already
 * comes again and changes nothing. Frozen: the settings' names are copies
 * of this version's (renderer/data/sync/cursor.ts).
 */
export const step12 = {
  version: 12,
  stores: {
    hostPeople: 'id, tripId',
  },
  upgrade: pullEveryLogAgain,
};

const PULLED = /^sync:[^:]+:(pulled|pulledId)$/;

async function pullEveryLogAgain(tx: Transaction): Promise<void> {
  await tx
    .table('settings')
    .filter((setting: { key: string }) => PULLED.test(setting.key))
    .modify({ value: null });
}
