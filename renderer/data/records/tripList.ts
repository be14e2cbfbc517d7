import type { RecordId, Trip } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import { isLive } from '../writes/live';

/**
 * What the list of trips reads, apart from the repositories that write trips
 * and members (trips.ts and members.ts re-export it): the first screen loads
 * no write funnel, no sync and no validation.
 */

/** Trips not deleted, the latest first. */
export async function listTrips(db: FieldbookDB): Promise<Trip[]> {
  return db.trips.orderBy('startDate').reverse().filter(isLive).toArray();
}

/** Live members per trip. */
export async function countMembersByTrip(db: FieldbookDB): Promise<Map<RecordId, number>> {
  const counts = new Map<RecordId, number>();
  await db.members.each((member) => {
    if (isLive(member)) counts.set(member.tripId, (counts.get(member.tripId) ?? 0) + 1);
  });
  return counts;
}
