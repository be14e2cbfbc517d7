import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';

/**
 * Where an export of a trip's changes reached (exportTrip.ts), for the next
 * one to the same member to start after: the place in the device's log,
 * and the device's clock, past which its own later writes are stamped.
 */
export interface ExportMark {
  upTo: number;
  clock: string;
}

/**
 * What this device last exported to a member ("Export changes" for them), a
 * device setting: where the file reached, and when. The next file for them
 * holds what changed after it; with none, everything.
 */
export interface LastExport extends ExportMark {
  at: string;
}

const EXPORTED = 'exportedTo';
const exportedKey = (tripId: RecordId, memberId: RecordId) => `exchange:${tripId}:${EXPORTED}:${memberId}`;

export async function lastExportTo(db: FieldbookDB, tripId: RecordId, memberId: RecordId): Promise<LastExport | null> {
  const value = (await db.settings.get(exportedKey(tripId, memberId)))?.value as Partial<LastExport> | undefined;
  return typeof value?.upTo === 'number' && typeof value.clock === 'string' && typeof value.at === 'string'
    ? { upTo: value.upTo, clock: value.clock, at: value.at }
    : null;
}

export async function markExportedTo(
  db: FieldbookDB,
  tripId: RecordId,
  memberId: RecordId,
  done: LastExport,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: exportedKey(tripId, memberId), value: done });
    await db.settings.put({ key: recipientKey(tripId), value: memberId });
  });
}

/**
 * A clock gone back to `stamp` (null: to the start) to stamp afresh changes
 * that never left the device (deviceClock.ts): every export's clock goes
 * back with it, so that the next file to each member holds them. The
 * caller's transaction holds the settings.
 */
export async function lowerExportClocks(db: FieldbookDB, stamp: string | null): Promise<void> {
  const floor = stamp ?? '';
  await db.settings
    .where('key')
    .startsWith('exchange:')
    .filter(({ key }) => key.includes(`:${EXPORTED}:`))
    .modify((row) => {
      const mark = row.value as Partial<LastExport>;
      if (typeof mark.clock === 'string' && mark.clock > floor) row.value = { ...mark, clock: floor };
    });
}

/** Whom this device last exported the trip's changes to: offered first the next time. */
const recipientKey = (tripId: RecordId) => `exchange:${tripId}:recipient`;

export async function lastRecipient(db: FieldbookDB, tripId: RecordId): Promise<RecordId | null> {
  const value = (await db.settings.get(recipientKey(tripId)))?.value;
  return typeof value === 'string' ? value : null;
}
