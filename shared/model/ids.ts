import { v5, v7 } from 'uuid';
import { z } from 'zod';
import type { RecordId } from './uuids';

export { idMillis, newId, type RecordId } from './uuids';

/** A record's id, as the schemas check it: a UUID v7 (uuids.ts). */
export const recordId = z.uuid({ version: 'v7', error: 'validation.invalid' }) satisfies z.ZodType<RecordId>;

const STABLE_NAMESPACE = '5b0c53c4-6f1e-4a1d-9d0a-6c0f1e7b2a10';

/**
 * A UUID v7 that is the same on every device that derives it from the same
 * name: the sample trip loaded on two laptops is one trip once they sync.
 * The random part is the name's UUID v5 (SHA-1) bytes.
 */
export function stableId(name: string, msecs: number): RecordId {
  const key = `${msecs}:${name}`;
  let id = derived.get(key);
  if (id === undefined) {
    const random = v5(name, STABLE_NAMESPACE, new Uint8Array(16));
    id = v7({ msecs, random });
    if (derived.size >= MAX_DERIVED) derived.clear();
    derived.set(key, id);
  }
  return id;
}

/**
 * Ids derived this session, by name: an answer's id is derived at every save
 * of it (SHA-1 in JavaScript, a tenth of a save's own time), and a trip's
 * directory derives one for every person its records name at each read.
 */
const derived = new Map<string, RecordId>();
const MAX_DERIVED = 50_000;
