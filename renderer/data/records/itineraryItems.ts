import type { Language } from '@shared/i18n/languages';
import { type ItineraryItemInput, itineraryItemInput } from '@shared/itinerary/input';
import { addDays } from '@shared/itinerary/instants';
import { positionForMove, positionInDay, sortItems } from '@shared/itinerary/ordering';
import { type ItineraryItem, type PlainDate, type RecordId, withDetectedLanguage } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { isLive, RecordNotFoundError, restore, revertRecord, tombstone } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** The trip's itinerary in reading order: by day, then each day's own order. */
export async function listItinerary(db: FieldbookDB, tripId: RecordId): Promise<ItineraryItem[]> {
  return sortItems(await db.itineraryItems.where('tripId').equals(tripId).filter(isLive).toArray());
}

export async function getItineraryItem(db: FieldbookDB, id: RecordId): Promise<ItineraryItem | null> {
  const item = await db.itineraryItems.get(id);
  return isLive(item) ? item : null;
}

/** A change made to the itinerary, and how to take it back. */
export interface ItineraryChange {
  item: ItineraryItem;
  undo: () => Promise<void>;
}

function dayItems(db: FieldbookDB, tripId: RecordId, date: PlainDate): Promise<ItineraryItem[]> {
  return db.itineraryItems.where('[tripId+date]').equals([tripId, date]).filter(isLive).toArray();
}

async function liveItem(db: FieldbookDB, id: RecordId): Promise<ItineraryItem> {
  const item = await db.itineraryItems.get(id);
  if (!isLive(item)) throw new RecordNotFoundError('itineraryItems', id);
  return item;
}

/**
 * Adds an item (no `id`) or changes one; `lang`, the writer's language, decides the notes' language when their script does not. A new item, or one whose day or
 * start time changed, takes its place in the day by time; otherwise it keeps
 * the place it was given. Throws a ZodError for invalid input.
 */
export async function saveItineraryItem(
  store: Store,
  tripId: RecordId,
  input: ItineraryItemInput,
  options: { id?: RecordId; lang?: Language } = {},
): Promise<ItineraryChange> {
  const { id, lang } = options;
  const { db } = store;
  // The trip's language decides which name is required; the day's items decide the position.
  return writeTransaction(db, [db.trips, db.itineraryItems], async () => {
    const trip = await db.trips.get(tripId);
    if (!isLive(trip)) throw new RecordNotFoundError('trips', tripId);
    const parsed = itineraryItemInput(trip.languages.home).parse(input);
    const fields = { ...parsed, preparationNotes: withDetectedLanguage(parsed.preparationNotes, lang) };
    const before = id ? await liveItem(db, id) : undefined;
    const keepsPlace = before && before.date === fields.date && before.startTime === fields.startTime;
    const position = keepsPlace
      ? before.position
      : positionInDay(await dayItems(db, tripId, fields.date), { ...fields, id: id ?? '' });
    const item: ItineraryItem = before
      ? { ...before, ...fields, position, ...changeMeta(store.ctx) }
      : { ...createMeta(store.ctx), tripId, ...fields, position };
    await writeRecords(store, 'itineraryItems', [item]);
    return { item, undo: () => revertRecord(store, db.itineraryItems, item.id, before, item) };
  });
}

/**
 * Moves an item to `date` (its own day or another), keeping its local time:
 * an untimed item to `index` among that day's items (without an index, to its
 * end), a timed one to its place by start instant (see positionForMove). An
 * item that ends on a later day keeps its length.
 */
export async function moveItineraryItem(
  store: Store,
  id: RecordId,
  date: PlainDate,
  index?: number,
): Promise<ItineraryChange> {
  const { db } = store;
  return writeTransaction(db, [db.itineraryItems], async () => {
    const before = await liveItem(db, id);
    const day = await dayItems(db, before.tripId, date);
    const position = positionForMove(day, before, date, index);
    const shift = Math.round((Date.parse(date) - Date.parse(before.date)) / 86_400_000);
    const endDate = before.endDate && shift !== 0 ? addDays(before.endDate, shift) : before.endDate;
    const item: ItineraryItem = { ...before, date, endDate, position, ...changeMeta(store.ctx) };
    await writeRecords(store, 'itineraryItems', [item]);
    return { item, undo: () => revertRecord(store, db.itineraryItems, id, before, item) };
  });
}

export async function deleteItineraryItem(store: Store, id: RecordId): Promise<ItineraryChange> {
  const item = await liveItem(store.db, id);
  await tombstone(store, store.db.itineraryItems, id);
  return { item, undo: () => restore(store, store.db.itineraryItems, id) };
}
