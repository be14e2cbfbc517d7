import { type Minutes, type MinutesInput, minutesId, minutesInput, type RecordId } from '@shared/model';
import type { FieldbookDB } from './db';
import { recordVersion } from './noteVersions';
import { isLive } from './records';
import type { Store } from './store';
import { changeMeta, createMeta } from './writeContext';

export async function getMinutes(db: FieldbookDB, visitId: RecordId): Promise<Minutes | null> {
  const minutes = await db.minutes.get(minutesId(visitId));
  return isLive(minutes) ? minutes : null;
}

/** Saves a visit's minutes (created on the first save); throws a ZodError for invalid input. */
export async function saveMinutes(
  store: Store,
  tripId: RecordId,
  visitId: RecordId,
  input: MinutesInput,
): Promise<Minutes> {
  const fields = minutesInput.parse(input);
  const { db } = store;
  const id = minutesId(visitId);
  // The minutes and their history are written together.
  return db.transaction('rw', db.minutes, db.noteVersions, async () => {
    const existing = await db.minutes.get(id);
    const minutes: Minutes = existing
      ? { ...existing, ...fields, deletedAt: null, ...changeMeta(store.ctx) }
      : { ...createMeta(store.ctx, id), tripId, visitId, ...fields };
    await db.minutes.put(minutes);
    await recordVersion(store, 'minutes', minutes);
    return minutes;
  });
}
