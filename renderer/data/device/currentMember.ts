import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';

const key = (tripId: RecordId) => `member:${tripId}`;

/**
 * Who uses this device on a trip: the member whose answers it writes. It is
 * a setting of the device, not part of the trip, so it never syncs.
 */
export async function getCurrentMember(db: FieldbookDB, tripId: RecordId): Promise<RecordId | null> {
  const setting = await db.settings.get(key(tripId));
  return typeof setting?.value === 'string' ? setting.value : null;
}

export async function setCurrentMember(db: FieldbookDB, tripId: RecordId, memberId: RecordId | null): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (memberId) await db.settings.put({ key: key(tripId), value: memberId });
    else await db.settings.delete(key(tripId));
  });
}
