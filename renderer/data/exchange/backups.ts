import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';

/**
 * What this device last wrote of a trip to files: device settings, as each
 * device's backups and exports are its own. When it last backed the trip up:
 */
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
