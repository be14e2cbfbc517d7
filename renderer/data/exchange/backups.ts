import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';

/** When this device last backed a trip up to a file: a device setting, as each device's backups are its own. */
const key = (tripId: RecordId) => `exchange:${tripId}:backedUp`;

export async function lastBackup(db: FieldbookDB, tripId: RecordId): Promise<string | null> {
  const value = (await db.settings.get(key(tripId)))?.value;
  return typeof value === 'string' ? value : null;
}

export async function markBackedUp(db: FieldbookDB, tripId: RecordId, at: Date): Promise<void> {
  await db.settings.put({ key: key(tripId), value: at.toISOString() });
}

/** A backup older than this, or none, is worth a reminder while the trip is being written. */
export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
