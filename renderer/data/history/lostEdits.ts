import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';

const key = (tripId: RecordId) => `lostEditsRead:${tripId}`;

/**
 * This device's edits of a trip that lost to an edit made at the same time
 * on another device (shared/sync/merge.ts, lostOf), not yet read: the
 * writer is told once, and finds each text in its note's or record's history.
 * A change the server refused is told apart (refused.ts).
 */
export async function unreadLostEdits(db: FieldbookDB, tripId: RecordId, deviceId: string): Promise<string[]> {
  const read = new Set(((await db.settings.get(key(tripId)))?.value as string[] | undefined) ?? []);
  return (await ownLostEdits(db, tripId, deviceId)).filter((id) => !read.has(id));
}

function ownLostEdits(db: FieldbookDB, tripId: RecordId, deviceId: string): Promise<string[]> {
  return db.lostChanges
    .filter((change) => change.tripId === tripId && change.deviceId === deviceId && !change.refused)
    .primaryKeys();
}

/** Edits this device has dealt with itself (merged back in): not told as lost. */
export async function markLostEditsHandled(store: Store, tripId: RecordId, ids: readonly string[]): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.settings], async () => {
    const read = ((await db.settings.get(key(tripId)))?.value as string[] | undefined) ?? [];
    await db.settings.put({ key: key(tripId), value: [...new Set([...read, ...ids])] });
  });
}

/** The user has read that their edits were lost: those marked now are not told again. */
export async function markLostEditsRead(store: Store, tripId: RecordId): Promise<void> {
  const { db, ctx } = store;
  await db.transaction('rw', [db.lostChanges, db.settings], async () => {
    await db.settings.put({ key: key(tripId), value: await ownLostEdits(db, tripId, ctx.deviceId) });
  });
}
