import { positionInDay } from '@shared/itinerary/ordering';
import { checklistFromTemplate, type ItineraryItem, memberInput, type RecordId, tripInput } from '@shared/model';
import { SAMPLE_TRIP_ID, sampleItinerary, sampleMembers, sampleTrip } from '@shared/sample/stepi1996';
import { isLive } from './records';
import type { Store } from './store';
import { createMeta } from './writeContext';

/**
 * Writes the sample trip of the seed (1996 visit to Japan) and returns its id.
 * If it is already there, nothing changes; if it was deleted, it comes back
 * as new. The ids are fixed, so the sample is one trip on every device.
 */
export async function loadSampleTrip(store: Store): Promise<RecordId> {
  const { db, ctx } = store;
  const { id: tripId, ...tripFields } = sampleTrip;
  const trip = { ...createMeta(ctx, tripId), ...tripInput.parse(tripFields) };
  const members = sampleMembers.map(({ id, ...fields }) => ({
    ...createMeta(ctx, id),
    tripId,
    ...memberInput.parse(fields),
  }));
  const questions = checklistFromTemplate(tripId).map((question) => ({ ...createMeta(ctx, question.id), ...question }));
  const items: ItineraryItem[] = [];
  for (const entry of sampleItinerary) {
    const day = items.filter((other) => other.date === entry.date);
    items.push({
      ...createMeta(ctx, entry.id),
      ...entry,
      tripId,
      attendeeIds: null,
      preparationNotes: { lang: 'ko', text: '', translations: {} },
      position: positionInDay(day, entry),
    });
  }

  // All of the sample or none of it: half a sample would look like lost data.
  await db.transaction('rw', [db.trips, db.members, db.checklistQuestions, db.itineraryItems], async () => {
    if (isLive(await db.trips.get(SAMPLE_TRIP_ID))) return;
    await db.trips.put(trip);
    await db.members.bulkPut(members);
    await db.checklistQuestions.bulkPut(questions);
    await db.itineraryItems.bulkPut(items);
  });
  return SAMPLE_TRIP_ID;
}
