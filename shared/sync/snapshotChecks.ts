import { z } from 'zod';
import { recordId } from '../model/ids';
import { clockStamp, deviceId } from '../model/meta';
import type { Head } from './concurrent';
import { isLeafPath, isMergedText, isSyncedTable, leafSchema, MAX_TEXT_UPDATE, type SyncedTable } from './leaves';
import type { Leaf, RecordState } from './merge';
import { isReadableUpdate } from './texts';

/**
 * The checks every state of a snapshot passes before a device takes it
 * (docs/sync-protocol.md, section 3.6): the checks a change would pass, run
 * over some twenty thousand leaves at once. They use the model's own
 * schemas, but remember what passed: a trip's leaves repeat their authors,
 * devices, bundles, stamps and many of their values thousands of times, and
 * a zod parse of each took as long as writing them all.
 */

/** The most stamps and concurrent changes one leaf keeps: a leaf's writers in a trip's days, with room to spare. */
const MAX_SEEN = 10_000;

const base64 = z
  .string()
  .max(MAX_TEXT_UPDATE)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Zod's own rule for a record id (a UUID v7), run as a plain test for each change's id, which no other leaf shares. */
const RECORD_ID = z.regexes.uuid(7);

const HEAD = ['id', 'value', 'hlc', 'base', 'deviceId', 'memberId', 'bundle'];
const KEYS_OF_HEAD = new Set(HEAD);
const KEYS_OF_LEGACY = new Set([...HEAD, 'seen', 'concurrent']);
const KEYS_OF_LEAF = new Set([...HEAD, 'seen', 'concurrent', 'text', 'legacy']);

/** The longest string worth remembering: stamps, devices, authors and bundles repeat; texts do not. */
const REMEMBERED = 128;

/**
 * Whether a value passes a schema, remembering the short strings that did;
 * the last one is compared first, equal strings comparing without the
 * hashing a lookup among all of them does. A longer string (a text, a
 * merged text's state) is checked each time: it rarely comes again, and
 * hashing it to look it up cost as much as a tenth of taking a typed trip.
 */
export function checker() {
  const passed = new Map<z.ZodType, { last: unknown; known: Set<unknown> }>();
  return (schema: z.ZodType, value: unknown): boolean => {
    let seen = passed.get(schema);
    if (!seen) {
      seen = { last: undefined, known: new Set() };
      passed.set(schema, seen);
    }
    const short = typeof value === 'string' && value.length <= REMEMBERED;
    if (short && (value === seen.last || seen.known.has(value))) return true;
    if (!schema.safeParse(value).success) return false;
    if (short) {
      seen.known.add(value);
      seen.last = value;
    }
    return true;
  };
}
export type Holds = ReturnType<typeof checker>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is a change as a leaf keeps it, with only the keys `keys` allows. */
function isHead(holds: Holds, value: unknown, keys: ReadonlySet<string>): value is Head {
  if (!isObject(value) || !('value' in value)) return false;
  for (const key in value) if (!keys.has(key)) return false;
  const { id, hlc, base, memberId, bundle } = value;
  return (
    typeof id === 'string' &&
    RECORD_ID.test(id) &&
    holds(clockStamp, hlc) &&
    (base === null || holds(clockStamp, base)) &&
    holds(deviceId, value.deviceId) &&
    (memberId === null || holds(recordId, memberId)) &&
    (bundle === undefined || bundle === null || holds(recordId, bundle))
  );
}

const isList = (value: unknown): value is unknown[] | undefined =>
  value === undefined || (Array.isArray(value) && value.length <= MAX_SEEN);

/** Whether `value` is a leaf as a device keeps it (merge.ts, Leaf): a head, what it replaced and what came with it. */
function isLeaf(holds: Holds, value: unknown, keys: ReadonlySet<string> = KEYS_OF_LEAF): value is Leaf {
  if (!isHead(holds, value, keys)) return false;
  const { seen, concurrent, text, legacy } = value as Leaf;
  return (
    isList(seen) &&
    (seen ?? []).every((stamp) => holds(clockStamp, stamp)) &&
    isList(concurrent) &&
    (concurrent ?? []).every((one) => isHead(holds, one, KEYS_OF_HEAD)) &&
    (text === undefined || holds(base64, text)) &&
    (legacy === undefined || isLeaf(holds, legacy, KEYS_OF_LEGACY))
  );
}

/** Whether a leaf holds values its path accepts, in each change it keeps, and a merged state Yjs can read. */
function leafHolds(holds: Holds, table: SyncedTable, path: string, leaf: Leaf): boolean {
  const schema = leafSchema(table, path);
  if (!schema) return false;
  if (!holds(schema, leaf.value) || !(leaf.concurrent ?? []).every((one) => holds(schema, one.value))) return false;
  // A merged text's leaf holds the plain text its state makes, never an update.
  if (isMergedText(table, path) && leaf.value !== null && typeof leaf.value !== 'string') return false;
  if (leaf.text !== undefined && (!isMergedText(table, path) || !isReadableUpdate(leaf.text))) return false;
  return leaf.legacy === undefined || leafHolds(holds, table, path, leaf.legacy);
}

const KEYS_OF_STATE = new Set(['table', 'id', 'tripId', 'leaves']);

/**
 * One record's state, checked leaf by leaf; null when anything in it is not
 * the protocol's. Its record is not required to be whole: a device holds the
 * state of a record whose leaves have not all arrived, as a pull leaves it.
 */
export function checkState(holds: Holds, tripId: string, candidate: unknown): RecordState | null {
  if (!isObject(candidate)) return null;
  for (const key in candidate) if (!KEYS_OF_STATE.has(key)) return null;
  const { table, id, leaves } = candidate;
  if (candidate.tripId !== tripId || typeof table !== 'string' || !isSyncedTable(table)) return null;
  if (typeof id !== 'string' || !RECORD_ID.test(id) || (table === 'trips' && id !== tripId)) return null;
  if (!isObject(leaves)) return null;
  for (const [path, one] of Object.entries(leaves)) {
    if (!isLeafPath(table, path) || !isLeaf(holds, one) || !leafHolds(holds, table, path, one)) return null;
  }
  return candidate as unknown as RecordState;
}
