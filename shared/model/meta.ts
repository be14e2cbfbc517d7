import { z } from 'zod';
import { recordId } from './ids';
import { MAX_DEVICE_ID, MAX_STAMP } from './limits';
import { isoInstant } from './time';

/** The id a device names itself by in its stamps and as an author. */
export const deviceId = z.string().min(1).max(MAX_DEVICE_ID);

/** A hybrid logical clock stamp (shared/sync/hlc.ts): time and counter in base 36, then the device id. */
export const clockStamp = z
  .string()
  .max(MAX_STAMP)
  .regex(/^[0-9a-z]{11}-[0-9a-z]{5}-.+$/, 'not a clock stamp');

/** Who made the last change: the member (when the device knows who uses it) and the device. */
export const changedBy = z.object({
  deviceId,
  memberId: recordId.nullable(),
});
export type ChangedBy = z.infer<typeof changedBy>;

/**
 * What every stored record carries so that it can be merged across devices:
 * a stable id, its hybrid logical clock stamp (`hlc`, the order of changes
 * across devices, see shared/sync/hlc.ts), who changed it last, and a
 * tombstone. Deleting sets `deletedAt` and keeps the record, so that the
 * deletion itself syncs and can be undone.
 */
export const recordMeta = z.object({
  id: recordId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  hlc: clockStamp,
  updatedBy: changedBy,
  deletedAt: isoInstant.nullable(),
});
export type RecordMeta = z.infer<typeof recordMeta>;

/** Every record except a trip belongs to one trip; the sync server partitions by it. */
export const tripScoped = recordMeta.extend({ tripId: recordId });
export type TripScoped = z.infer<typeof tripScoped>;

export type MetaKey = keyof RecordMeta;
