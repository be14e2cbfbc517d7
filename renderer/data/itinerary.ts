import type { ItineraryItem, RecordId } from '@shared/model';
import type { FieldbookDB } from './db';
import { isLive } from './records';

/** Items by day, then by start time (untimed items first, as the day's frame), then by manual order. */
export function compareItineraryItems(a: ItineraryItem, b: ItineraryItem): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

export async function listItinerary(db: FieldbookDB, tripId: RecordId): Promise<ItineraryItem[]> {
  const items = await db.itineraryItems.where('tripId').equals(tripId).filter(isLive).toArray();
  return items.sort(compareItineraryItems);
}
