import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';

/** Where this device has pulled a trip's log up to: the server's position. */
export const cursorKey = (tripId: RecordId) => `sync:${tripId}:pulled`;
/** The id of the change at the position pulled up to: the server checks it is still the one there. */
export const cursorIdKey = (tripId: RecordId) => `sync:${tripId}:pulledId`;

/** The settings that say how far a trip was pulled: put back to null, the next pull starts from the beginning. */
export const cursorKeys = (tripId: RecordId) => [cursorKey(tripId), cursorIdKey(tripId)];

/** The server position this device has pulled a trip's changes up to (0 before the first pull). */
export async function pulledUpTo(db: FieldbookDB, tripId: RecordId): Promise<number> {
  const setting = await db.settings.get(cursorKey(tripId));
  return typeof setting?.value === 'number' ? setting.value : 0;
}
