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
 * a new device writes some sixty rows instead of one per record, and reads
 * a bucket of them only when it needs a state in it, knowing from the
 * snapshot's list of keys which records it holds. Every read of a state
 * goes through here; inside a transaction, one that holds stateTables.
 */

export type StoredState = RecordState & { key: string };

/** The key of a record's merge state: its table and id. */
export const stateKey = (table: SyncedTable, id: string) => `${table}:${id}`;

/** Into how many buckets a snapshot's states are spread: a bucket of a full trip's is some hundred KB of JSON. */
export const BASE_BUCKETS = 64;
/** The bucket holding the strings the packed states name. */
const STRINGS_BUCKET = -1;
/** The bucket holding the keys of every state the snapshot holds: a key not among them unpacks nothing. */
const KEYS_BUCKET = -2;

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
  const keys: string[] = [];
  for (const state of states) {
    const key = stateKey(strings[state[0] as number] as SyncedTable, state[1] as string);
    keys.push(key);
    spread[bucketOf(key, BASE_BUCKETS)]?.push(state);
  }
  return {
    base: { tripId, upTo, latest, buckets: BASE_BUCKETS },
    buckets: [
      { tripId, bucket: STRINGS_BUCKET, json: JSON.stringify(strings) },
      { tripId, bucket: KEYS_BUCKET, json: JSON.stringify(keys) },
      ...spread.map((bucket, index) => ({ tripId, bucket: index, json: JSON.stringify(bucket) })),
    ],
  };
}

/**
 * What was read of each base, by database: a base is written once and
 * never changed, so what was read of it stays true for as long as the page
 * lives. The states handed out are shared: callers copy, never change them.
 */
interface Held {
  keys: Map<string, ReadonlySet<string>>;
  strings: Map<string, readonly string[]>;
  buckets: Map<string, Map<string, StoredState>>;
}
const read = new WeakMap<FieldbookDB, Held>();

function heldOf(db: FieldbookDB): Held {
  const held = read.get(db) ?? { keys: new Map(), strings: new Map(), buckets: new Map() };
  read.set(db, held);
  return held;
}

const bucketName = (base: StateBase, bucket: number) => `${base.tripId}@${base.upTo}#${bucket}`;

/** A base's bucket that does not unpack was damaged on this device: nothing may go on without its states. */
export class DamagedStatesError extends Error {
  constructor(tripId: string) {
    super(`The merge states this device keeps of trip ${tripId} cannot be read`);
    this.name = 'DamagedStatesError';
  }
}

/**
 * Reads what `wanted` asks of `base` (its keys, strings, buckets) and is
 * not held yet, with one request, answering Dexie's own promise. Every
 * function here awaits nothing but Dexie's promises: a transaction commits
 * when an await in it waits on no request, as an async function's own
 * promise awaited in turn may.
 */
function load(db: FieldbookDB, base: StateBase, wanted: readonly number[]): PromiseLike<void> {
  return db.stateBuckets.bulkGet(wanted.map((bucket): [string, number] => [base.tripId, bucket])).then((rows) => {
    if (rows.some((row) => row === undefined)) throw new DamagedStatesError(base.tripId);
    const held = heldOf(db);
    const json = (bucket: number) => rows.find((row) => row?.bucket === bucket)?.json;
    const keys = json(KEYS_BUCKET);
    if (keys !== undefined) held.keys.set(bucketName(base, KEYS_BUCKET), new Set(JSON.parse(keys) as string[]));
    const strings = json(STRINGS_BUCKET);
    if (strings !== undefined) held.strings.set(bucketName(base, STRINGS_BUCKET), JSON.parse(strings) as string[]);
    for (const row of rows) {
      if (!row || row.bucket < 0) continue;
      // Checked when the snapshot was taken: what unpacks here is what passed.
      const named = held.strings.get(bucketName(base, STRINGS_BUCKET)) ?? [];
      const states = unpackStates(named, JSON.parse(row.json) as unknown[], base.tripId);
      if (!states) throw new DamagedStatesError(base.tripId);
      const byKey = new Map<string, StoredState>();
      for (const state of states) {
        const key = stateKey(state.table, state.id);
        byKey.set(key, { ...state, key });
      }
      held.buckets.set(bucketName(base, row.bucket), byKey);
    }
  });
}

/** The rows of `base` to read before `keys` can be looked up in it: its keys first, then the buckets that hold them. */
function toRead(db: FieldbookDB, base: StateBase, keys: readonly string[]): number[] {
  const held = heldOf(db);
  const holds = held.keys.get(bucketName(base, KEYS_BUCKET));
  if (!holds) return [KEYS_BUCKET];
  const buckets = [...new Set(keys.filter((key) => holds.has(key)).map((key) => bucketOf(key, base.buckets)))];
  const missing = buckets.filter((bucket) => !held.buckets.has(bucketName(base, bucket)));
  const strings = held.strings.has(bucketName(base, STRINGS_BUCKET)) ? [] : [STRINGS_BUCKET];
  return missing.length > 0 ? [...strings, ...missing] : [];
}

/**
 * The next read before `keys` can be looked up in `bases`, or null when all
 * is held: the keys of a base first, then, knowing which it holds, the
 * buckets; at most two reads a base.
 */
function nextRead(db: FieldbookDB, bases: readonly StateBase[], keys: readonly string[]): PromiseLike<void> | null {
  for (const base of bases) {
    const wanted = toRead(db, base, keys);
    if (wanted.length > 0) return load(db, base, wanted);
  }
  return null;
}

/** The states of `keys` the read buckets of `bases` hold. */
function lookUp(db: FieldbookDB, bases: readonly StateBase[], keys: readonly string[]): Map<string, StoredState> {
  const held = heldOf(db);
  const found = new Map<string, StoredState>();
  for (const base of bases) {
    for (const key of keys) {
      const state = held.buckets.get(bucketName(base, bucketOf(key, base.buckets)))?.get(key);
      if (state) found.set(key, state);
    }
  }
  return found;
}

/** A row with no leaves stands for no state: it hides the snapshot's, of a record whose state was removed. */
const isMask = (state: StoredState) => Object.keys(state.leaves).length === 0;

/** The merge states of `keys`, in their order; undefined for a record with none. */
export async function getStates(db: FieldbookDB, keys: readonly string[]): Promise<(StoredState | undefined)[]> {
  const rows = await db.recordStates.bulkGet([...keys]);
  const states = rows.map((row) => (row && isMask(row) ? undefined : row));
  if (rows.every((row) => row !== undefined)) return states;
  const bases = await db.stateBases.toArray();
  if (bases.length === 0) return states;
  const missing = keys.filter((_, index) => !rows[index]);
  for (let reading = nextRead(db, bases, missing); reading; reading = nextRead(db, bases, missing)) await reading;
  const based = lookUp(db, bases, missing);
  return rows.map((row, index) => (row ? states[index] : based.get(keys[index] ?? '')));
}

/** The merge state of one record; undefined for a record with none. */
export async function getState(db: FieldbookDB, key: string): Promise<StoredState | undefined> {
  const row = await db.recordStates.get(key);
  if (row) return isMask(row) ? undefined : row;
  const bases = await db.stateBases.toArray();
  if (bases.length === 0) return undefined;
  for (let reading = nextRead(db, bases, [key]); reading; reading = nextRead(db, bases, [key])) await reading;
  return lookUp(db, bases, [key]).get(key);
}

/** Every merge state of a trip, whether written here or held by the snapshot it began from. */
export async function tripStates(db: FieldbookDB, tripId: string): Promise<StoredState[]> {
  const rows = await db.recordStates.where('tripId').equals(tripId).toArray();
  const written = rows.filter((row) => !isMask(row));
  const base = await db.stateBases.get(tripId);
  if (!base) return written;
  const hidden = new Set(rows.map((row) => row.key));
  const held = heldOf(db);
  const all = Array.from({ length: base.buckets }, (_, bucket) => bucket);
  const missing = all.filter((bucket) => !held.buckets.has(bucketName(base, bucket)));
  const strings = held.strings.has(bucketName(base, STRINGS_BUCKET)) ? [] : [STRINGS_BUCKET];
  if (missing.length > 0) await load(db, base, [...strings, ...missing]);
  const based = all.flatMap((bucket) => [...(held.buckets.get(bucketName(base, bucket))?.values() ?? [])]);
  return [...written, ...based.filter((state) => !hidden.has(state.key))];
}

/** Whether this device holds any merge state of the trip. */
export async function holdsStates(db: FieldbookDB, tripId: string): Promise<boolean> {
  return (
    (await db.stateBases.get(tripId)) !== undefined ||
    (await db.recordStates.where('tripId').equals(tripId).count()) > 0
  );
}

/**
 * The latest stamp any merge state holds, among those `counts` lets count
 * (written here; a snapshot's are all others'): of the changes that set
 * leaves and of those kept as concurrent with them, which lost. A change
 * this device beat only by a clock ahead must, stamped afresh, still come
 * after the one it beat, as it does on every device that took both.
 */
export async function latestStamp(db: FieldbookDB, counts: (leafId: string) => boolean): Promise<string | null> {
  let latest: string | null = null;
  await db.recordStates.each((state) => {
    for (const leaf of Object.values(state.leaves))
      for (const change of [leaf, ...(leaf.concurrent ?? [])])
        if (counts(change.id) && (latest === null || change.hlc > latest)) latest = change.hlc;
  });
  for (const base of await db.stateBases.toArray()) if (latest === null || base.latest > latest) latest = base.latest;
  return latest;
}

/**
 * Removes a record's merge state. A record a snapshot holds keeps a row
 * with no leaves, which reads as none: its packed state is no longer its.
 */
export async function deleteState(db: FieldbookDB, state: StoredState): Promise<void> {
  const bases = await db.stateBases.toArray();
  for (let reading = nextRead(db, bases, [state.key]); reading; reading = nextRead(db, bases, [state.key]))
    await reading;
  if (lookUp(db, bases, [state.key]).has(state.key)) await db.recordStates.put({ ...state, leaves: {} });
  else await db.recordStates.delete(state.key);
}
