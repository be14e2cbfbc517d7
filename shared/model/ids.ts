import { v5, v7 } from 'uuid';
import { z } from 'zod';

/**
 * Record ids are UUID v7: unique without coordination between devices (so two
 * members offline never collide) and time-ordered, so ids sort by creation.
 */
export const recordId = z.uuid({ version: 'v7', error: 'validation.invalid' });
export type RecordId = z.infer<typeof recordId>;

export function newId(): RecordId {
  return v7();
}

const STABLE_NAMESPACE = '5b0c53c4-6f1e-4a1d-9d0a-6c0f1e7b2a10';

/**
 * A UUID v7 that is the same on every device that derives it from the same
 * name: the sample trip loaded on two laptops is one trip once they sync.
 * The random part is the name's UUID v5 (SHA-1) bytes.
 */
export function stableId(name: string, msecs: number): RecordId {
  const random = v5(name, STABLE_NAMESPACE, new Uint8Array(16));
  return v7({ msecs, random });
}

/** The creation time written into a UUID v7 (its first 48 bits). */
export function idMillis(id: RecordId): number {
  return Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}
