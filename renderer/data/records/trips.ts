import type { Language } from '@shared/i18n/languages';
import {
  checklistFromTemplate,
  type RecordId,
  type Trip,
  type TripInput,
  tripInput,
  withDetectedLanguage,
} from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { createMeta } from '../database/writeContext';
import { isLive, restore, tombstone, updateRecord } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export { listTrips } from './tripList';

export async function getTrip(db: FieldbookDB, id: RecordId): Promise<Trip | null> {
  const trip = await db.trips.get(id);
  return isLive(trip) ? trip : null;
}

/** The trip's fields validated, its purpose marked with the language it is written in (`lang` decides when the script does not tell). */
function tripFields(input: TripInput, lang: Language | undefined) {
  const fields = tripInput.parse(input);
  return { ...fields, purpose: withDetectedLanguage(fields.purpose, lang) };
}

/** Creates a trip with the default checklist; throws a ZodError for invalid input. */
export async function createTrip(
  store: Store,
  input: TripInput,
  options: { id?: RecordId; lang?: Language } = {},
): Promise<Trip> {
  const trip: Trip = { ...createMeta(store.ctx, options.id), ...tripFields(input, options.lang) };
  const questions = checklistFromTemplate(trip.id).map((question) => ({
    ...createMeta(store.ctx, question.id),
    ...question,
  }));
  const { db } = store;
  // A trip never exists without its checklist: members answer it from the first visit.
  await writeTransaction(db, [db.trips, db.checklistQuestions], async () => {
    if (await db.trips.get(trip.id)) throw new Error(`A trip ${trip.id} exists already`);
    await writeRecords(store, 'trips', [trip]);
    await writeRecords(store, 'checklistQuestions', questions);
  });
  return trip;
}

export async function updateTrip(
  store: Store,
  id: RecordId,
  input: TripInput,
  options: { lang?: Language } = {},
): Promise<Trip> {
  return updateRecord(store, store.db.trips, id, tripFields(input, options.lang));
}

export async function deleteTrip(store: Store, id: RecordId): Promise<void> {
  await tombstone(store, store.db.trips, id);
}

export async function restoreTrip(store: Store, id: RecordId): Promise<void> {
  await restore(store, store.db.trips, id);
}
