import { v7 } from 'uuid';

/**
 * Record ids are UUID v7: unique without coordination between devices (so two
 * members offline never collide) and time-ordered, so ids sort by creation.
 * A new one is made here, apart from their schema and the ids derived from a
 * name (ids.ts), so that what only makes ids (opening the store at start)
 * loads neither validation nor hashing.
 */
export type RecordId = string;

export function newId(): RecordId {
  return v7();
}

/** The creation time written into a UUID v7 (its first 48 bits). */
export function idMillis(id: RecordId): number {
  return Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}
