import { sortItems } from '@shared/itinerary/ordering';
import type { ItineraryItem, RecordId } from '@shared/model';
import type { FieldbookDB } from './db';
import { isLive } from './records';

/** The trip's itinerary in reading order: by day, then each day's own order. */
export async function listItinerary(db: FieldbookDB, tripId: RecordId): Promise<ItineraryItem[]> {
  return sortItems(await db.itineraryItems.where('tripId').equals(tripId).filter(isLive).toArray());
}

export async function getItineraryItem(db: FieldbookDB, id: RecordId): Promise<ItineraryItem | null> {
  const item = await db.itineraryItems.get(id);
  return isLive(item) ? item : null;
}
