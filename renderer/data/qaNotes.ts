import { positionBetween } from '@shared/itinerary/ordering';
import { type QaNote, type QaNoteInput, qaNoteInput, type RecordId } from '@shared/model';
import type { FieldbookDB } from './db';
import { recordVersion } from './noteVersions';
import { isLive, RecordNotFoundError, restore, tombstone } from './records';
import type { Store } from './store';
import { changeMeta, createMeta } from './writeContext';

/** A visit's Q&A notes in the order they were taken. */
export async function listQaNotes(db: FieldbookDB, visitId: RecordId): Promise<QaNote[]> {
  const notes = (await db.qaNotes.where('visitId').equals(visitId).toArray()).filter(isLive);
  return notes.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id.localeCompare(b.id)));
}

export async function listTripQaNotes(db: FieldbookDB, tripId: RecordId): Promise<QaNote[]> {
  return (await db.qaNotes.where('tripId').equals(tripId).toArray()).filter(isLive);
}

/** Adds a Q&A note after the visit's others; throws a ZodError for invalid input. */
export async function addQaNote(
  store: Store,
  tripId: RecordId,
  visitId: RecordId,
  input: QaNoteInput,
): Promise<QaNote> {
  const fields = qaNoteInput.parse(input);
  const { db } = store;
  // Its place comes from the visit's current last note, read in the same transaction.
  return db.transaction('rw', db.qaNotes, db.noteVersions, async () => {
    const last = (await listQaNotes(db, visitId)).at(-1);
    const note: QaNote = {
      ...createMeta(store.ctx),
      tripId,
      visitId,
      ...fields,
      position: positionBetween(last?.position ?? null, null),
    };
    await db.qaNotes.add(note);
    await recordVersion(store, 'qaNotes', note);
    return note;
  });
}

export async function updateQaNote(store: Store, id: RecordId, input: QaNoteInput): Promise<QaNote> {
  const fields = qaNoteInput.parse(input);
  const { db } = store;
  return db.transaction('rw', db.qaNotes, db.noteVersions, async () => {
    const existing = await db.qaNotes.get(id);
    if (!isLive(existing)) throw new RecordNotFoundError('qaNotes', id);
    const note: QaNote = { ...existing, ...fields, ...changeMeta(store.ctx) };
    await db.qaNotes.put(note);
    await recordVersion(store, 'qaNotes', note);
    return note;
  });
}

export async function deleteQaNote(store: Store, id: RecordId): Promise<void> {
  await tombstone(store, store.db.qaNotes, id);
}

export async function restoreQaNote(store: Store, id: RecordId): Promise<void> {
  await restore(store, store.db.qaNotes, id);
}
