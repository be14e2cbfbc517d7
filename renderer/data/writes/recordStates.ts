import type { SyncedTable } from '@shared/sync/leaves';
import type { RecordState } from '@shared/sync/merge';
import type { PackedStates } from '@shared/sync/snapshotPacking';
import { unpackStates } from '@shared/sync/snapshotPacking';
import type { Table } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { StateBase, StateBucket } from '../database/rows';

/**
 * The records' merge states, read in one place. A record's state is its
 * row in `recordStates`, written by every write and merge of the record;
 * a record not written since its trip began here from a snapshot has none,
 * and its state is read from the snapshot, kept packed (schema step 13):
 * a new device writes a few dozen rows instead of one per record, and
 * reads a bucket of them only when it needs a state in it. Every read of
 * a state goes through here, in a transaction holding stateTables.
 */

export type StoredState = RecordState & { key: string };

/** The key of a record's merge state: its table and id. */
export const stateKey = (table: SyncedTable, id: string) => `${table}:${id}`;

/** Into how many buckets a snapshot's states are spread: a bucket of a full trip's is some hundred KB of JSON. */
export const BASE_BUCKETS = 64;
/** The bucket holding the strings the packed states name. */
const STRINGS_BUCKET = -1;

/** The tables a transaction that reads merge states holds. */
export const stateTables = (db: FieldbookDB): Table[] => [db.recordStates, db.stateBases, db.stateBuckets];

/** A key's bucket: FNV-1a over its characters, the same on every device and run. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at += 1) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % buckets;
}

/**
 * The rows that keep a snapshot's states packed: the base, the strings and
 * the buckets, each bucket's states as format 2 writes them (strings by
 * index into the snapshot's own).
 */
export function baseRows(
  tripId: string,
  { upTo, latest }: { upTo: number; latest: string },
  { strings, states }: PackedStates,
): { base: StateBase; buckets: StateBucket[] } {
  const spread: unknown[][][] = Array.from({ length: BASE_BUCKETS }, () => []);
  for (const state of states) {
    const table = strings[state[0] as number] as SyncedTable;
    spread[bucketOf(stateKey(table, state[1] as string), BASE_BUCKETS)]?.push(state);
  }
  return {
    base: { tripId, upTo, latest, buckets: BASE_BUCKETS },
    buckets: [
      { tripId, bucket: STRINGS_BUCKET, json: JSON.stringify(strings) },
      ...spread.map((bucket, index) => ({ tripId, bucket: index, json: JSON.stringify(bucket) })),
    ],
  };
}

/**
 * Unpacked buckets, by database: a base is written once and never changed,
 * so what was read of it stays true for as long as the page lives.
 */
const unpacked = new WeakMap<FieldbookDB, Map<string, Map<string, StoredState>>>();
const stringsOf = new WeakMap<FieldbookDB, Map<string, readonly string[]>>();

const bucketName = (base: StateBase, bucket: number) => `${base.tripId}@${base.upTo}#${bucket}`;

function heldOf<T>(cache: WeakMap<FieldbookDB, Map<string, T>>, db: FieldbookDB): Map<string, T> {
  const held = cache.get(db) ?? new Map<string, T>();
  cache.set(db, held);
  return held;
}

/**
 * Reads and unpacks the buckets of `base` not unpacked yet, with one
 * request. Every function here awaits nothing but Dexie's requests and
 * this: a transaction commits when an await in it waits on no request.
 */
async function loadBuckets(db: FieldbookDB, base: StateBase, buckets: readonly number[]): Promise<void> {
  const held = heldOf(unpacked, db);
  const allStrings = heldOf(stringsOf, db);
  const stringsName = bucketName(base, STRINGS_BUCKET);
  const keys: [string, number][] = buckets.map((bucket) => [base.tripId, bucket]);
  if (!allStrings.has(stringsName)) keys.push([base.tripId, STRINGS_BUCKET]);
  const rows = await db.stateBuckets.bulkGet(keys);
  const stringsRow = rows.find((row) => row?.bucket === STRINGS_BUCKET);
  if (stringsRow) allStrings.set(stringsName, JSON.parse(stringsRow.json) as string[]);
  const strings = allStrings.get(stringsName) ?? [];
  for (const row of rows) {
    if (!row || row.bucket === STRINGS_BUCKET) continue;
    // Checked when the snapshot was taken: what unpacks here is what passed.
    const states = unpackStates(strings, JSON.parse(row.json) as unknown[], base.tripId) ?? [];
    const byKey = new Map<string, StoredState>();
    for (const state of states)
      byKey.set(stateKey(state.table, state.id), { ...state, key: stateKey(state.table, state.id) });
    held.set(bucketName(base, row.bucket), byKey);
  }
}

/** The buckets of each base that `keys` fall in and that are not unpacked yet. */
function unloaded(db: FieldbookDB, bases: readonly StateBase[], keys: readonly string[]) {
  const held = heldOf(unpacked, db);
  return bases.flatMap((base) => {
    const buckets = [...new Set(keys.map((key) => bucketOf(key, base.buckets)))];
    const missing = buckets.filter((bucket) => !held.has(bucketName(base, bucket)));
    return missing.length > 0 ? [{ base, buckets: missing }] : [];
  });
}

/** The states of `keys` the unpacked buckets of `bases` hold. */
function lookUp(db: FieldbookDB, bases: readonly StateBase[], keys: readonly string[]): Map<string, StoredState> {
  const held = heldOf(unpacked, db);
  const found = new Map<string, StoredState>();
  for (const base of bases) {
    for (const key of keys) {
      const state = held.get(bucketName(base, bucketOf(key, base.buckets)))?.get(key);
      if (state) found.set(key, state);
    }
  }
  return found;
}

/** The merge states of `keys`, in their order; undefined for a record with none. */
export async function getStates(db: FieldbookDB, keys: readonly string[]): Promise<(StoredState | undefined)[]> {
  const states = await db.recordStates.bulkGet([...keys]);
  if (states.every((state) => state !== undefined)) return states;
  const bases = await db.stateBases.toArray();
  if (bases.length === 0) return states;
  const missing = keys.filter((_, index) => !states[index]);
  for (const { base, buckets } of unloaded(db, bases, missing)) await loadBuckets(db, base, buckets);
  const based = lookUp(db, bases, missing);
  return states.map((state, index) => state ?? based.get(keys[index] ?? ''));
}

/** The merge state of one record; undefined for a record with none. */
export async function getState(db: FieldbookDB, key: string): Promise<StoredState | undefined> {
  const state = await db.recordStates.get(key);
  if (state) return state;
  const bases = await db.stateBases.toArray();
  if (bases.length === 0) return undefined;
  for (const { base, buckets } of unloaded(db, bases, [key])) await loadBuckets(db, base, buckets);
  return lookUp(db, bases, [key]).get(key);
}

/** Every merge state of a trip, whether written here or held by the snapshot it began from. */
export async function tripStates(db: FieldbookDB, tripId: string): Promise<StoredState[]> {
  const written = await db.recordStates.where('tripId').equals(tripId).toArray();
  const base = await db.stateBases.get(tripId);
  if (!base) return written;
  const keys = new Set(written.map((state) => state.key));
  const held = heldOf(unpacked, db);
  const buckets = Array.from({ length: base.buckets }, (_, bucket) => bucket);
  const missing = buckets.filter((bucket) => !held.has(bucketName(base, bucket)));
  if (missing.length > 0) await loadBuckets(db, base, missing);
  const based = buckets.flatMap((bucket) => [...(held.get(bucketName(base, bucket))?.values() ?? [])]);
  return [...written, ...based.filter((state) => !keys.has(state.key))];
}

/** Whether this device holds any merge state of the trip. */
export async function holdsStates(db: FieldbookDB, tripId: string): Promise<boolean> {
  return (
    (await db.stateBases.get(tripId)) !== undefined ||
    (await db.recordStates.where('tripId').equals(tripId).count()) > 0
  );
}

/** The latest stamp any merge state holds, among those `counts` lets count (written here; a snapshot's are all others'). */
export async function latestStamp(db: FieldbookDB, counts: (leafId: string) => boolean): Promise<string | null> {
  let latest: string | null = null;
  await db.recordStates.each((state) => {
    for (const leaf of Object.values(state.leaves))
      if (counts(leaf.id) && (latest === null || leaf.hlc > latest)) latest = leaf.hlc;
  });
  for (const base of await db.stateBases.toArray()) if (latest === null || base.latest > latest) latest = base.latest;
  return latest;
}

/**
 * Removes a record's merge state. A record a snapshot holds keeps a row
 * with no leaves, which stands for none: its packed state is no longer its.
 */
export async function deleteState(db: FieldbookDB, state: StoredState): Promise<void> {
  const bases = await db.stateBases.toArray();
  for (const { base, buckets } of unloaded(db, bases, [state.key])) await loadBuckets(db, base, buckets);
  if (lookUp(db, bases, [state.key]).has(state.key)) await db.recordStates.put({ ...state, leaves: {} });
  else await db.recordStates.delete(state.key);
}
