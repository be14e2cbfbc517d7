import { Gunzip, gzipSync } from 'fflate';
import { z } from 'zod';
import { contentHash } from '../model/attachment';
import { recordId } from '../model/ids';
import { clockStamp, deviceId } from '../model/meta';
import { MAX_BLOB_BYTES } from './blobs';
import type { Head } from './concurrent';
import { isLeafPath, isMergedText, isSyncedTable, leafSchema, MAX_TEXT_UPDATE, type SyncedTable } from './leaves';
import { type Change, checkChange, type Leaf, type RecordState } from './merge';
import { fromBase64, isReadableUpdate, toBase64 } from './texts';

/**
 * A trip's snapshot (docs/sync-protocol.md, section 3.6, since protocol 10):
 * the state of every record of the trip as the first organiser's device
 * holds it once it has pulled the log up to `upTo` and has nothing left to
 * send, so that a new device's first sync takes the trip as it is now and
 * pulls only what came after, not every save ever made. It is the
 * organiser's word, as a checkpoint is: signed once over its bytes' SHA-256
 * by a device of the member who published the trip. Its leaves keep the
 * changes that won them, with their authors and bundles, and the changes
 * that lost stay with it, so a device that began from it merges, tells
 * lost changes and shows authors as one that applied the whole log; only
 * the history of values replaced before `upTo` is not in it.
 */

/** The snapshot as the server lists it: where its bytes are, up to where it holds the log, who signed it. */
export const snapshotMeta = z
  .object({
    /** The log position it holds the trip up to: a device that takes it pulls after this. */
    upTo: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** The id of the change at `upTo`: the pull cursor's id, so the server can tell a device it lost that change. */
    upToId: recordId,
    /** Its gzip bytes, a blob of the trip (section 6). */
    sha256: contentHash,
    size: z.number().int().min(1).max(MAX_BLOB_BYTES),
    /** The signing device, a device of the member who published the trip. */
    deviceId,
    signature: z.string().length(88),
  })
  .strict();
export type SnapshotMeta = z.infer<typeof snapshotMeta>;

/** A snapshot of protocol 10's format: what its bytes hold once unzipped. */
export interface SnapshotBody {
  format: 1;
  tripId: string;
  upTo: number;
  states: RecordState[];
  lost: Change[];
}

/** How many bytes a snapshot's JSON may unzip to: far above a real trip's, far below what would exhaust a device. */
export const MAX_SNAPSHOT_JSON = 256 * 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const statement = (tripId: string, of: Omit<SnapshotMeta, 'signature'>) =>
  encoder.encode(
    `fieldbook-snapshot-1\n${tripId}\n${of.deviceId}\n${of.upTo}\n${of.upToId}\n${of.sha256}\n${of.size}\n`,
  );

interface Ed25519 {
  sign(algorithm: { name: 'Ed25519' }, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'Ed25519' }, key: object, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}
const { subtle } = (globalThis as unknown as { crypto: { subtle: Ed25519 } }).crypto;

export async function signSnapshot(
  privateKey: object,
  tripId: string,
  of: Omit<SnapshotMeta, 'signature'>,
): Promise<SnapshotMeta> {
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, privateKey, statement(tripId, of)));
  return { ...of, signature: toBase64(signature) };
}

export async function verifySnapshot(publicKey: object, tripId: string, meta: SnapshotMeta): Promise<boolean> {
  const { signature, ...of } = meta;
  try {
    return await subtle.verify({ name: 'Ed25519' }, publicKey, fromBase64(signature), statement(tripId, of));
  } catch {
    return false;
  }
}

/** A snapshot's bytes: its JSON, gzipped (a trip's leaves repeat their ids and stamps, and zip to a sixteenth). */
export function encodeSnapshot(body: SnapshotBody): Uint8Array<ArrayBuffer> {
  return gzipSync(encoder.encode(JSON.stringify(body))) as Uint8Array<ArrayBuffer>;
}

export type SnapshotProblem = 'damaged' | 'too_large' | 'invalid';

export class SnapshotError extends Error {
  constructor(readonly problem: SnapshotProblem) {
    super(`The trip's snapshot is ${problem}`);
    this.name = 'SnapshotError';
  }
}

/**
 * Unzips a snapshot's bytes, refusing more than MAX_SNAPSHOT_JSON of JSON as
 * it goes (fflate, in the page's thread: the platform's DecompressionStream
 * took ten times as long in Node, chunk by chunk).
 */
function unzip(bytes: Uint8Array): string {
  const parts: Uint8Array[] = [];
  let length = 0;
  const inflater = new Gunzip((part) => {
    length += part.byteLength;
    if (length > MAX_SNAPSHOT_JSON) throw new SnapshotError('too_large');
    parts.push(part);
  });
  try {
    inflater.push(bytes, true);
  } catch (error) {
    throw error instanceof SnapshotError ? error : new SnapshotError('damaged');
  }
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  try {
    return decoder.decode(joined);
  } catch {
    throw new SnapshotError('damaged');
  }
}

/** The most stamps and concurrent changes one leaf keeps: a leaf's writers in a trip's days, with room to spare. */
const MAX_SEEN = 10_000;

const base64 = z
  .string()
  .max(MAX_TEXT_UPDATE)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const HEAD = ['id', 'value', 'hlc', 'base', 'deviceId', 'memberId', 'bundle'];
const KEYS_OF_HEAD = new Set(HEAD);
const KEYS_OF_LEGACY = new Set([...HEAD, 'seen', 'concurrent']);
const KEYS_OF_LEAF = new Set([...HEAD, 'seen', 'concurrent', 'text', 'legacy']);

/**
 * Whether a value passes a schema, remembering the strings that did: a
 * snapshot's leaves repeat their authors, devices, bundles and stamps (one
 * per write) thousands of times, mostly one leaf after another, so the last
 * string that passed is compared first (equal strings compare without
 * hashing, which a lookup in a set of all of them would do for each).
 */
function checker() {
  const passed = new Map<z.ZodType, { last: unknown; known: Set<unknown> }>();
  return (schema: z.ZodType, value: unknown): boolean => {
    let seen = passed.get(schema);
    if (!seen) {
      seen = { last: undefined, known: new Set() };
      passed.set(schema, seen);
    }
    if (value === seen.last || seen.known.has(value)) return true;
    if (!schema.safeParse(value).success) return false;
    if (typeof value === 'string') {
      seen.known.add(value);
      seen.last = value;
    }
    return true;
  };
}
type Holds = ReturnType<typeof checker>;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether `value` is a change as a leaf keeps it, with only the keys `keys`
 * allows. Checked field by field with the model's own schemas: a trip's
 * snapshot holds some twenty thousand, and a zod object per one took as
 * long as writing them all.
 */
function isHead(holds: Holds, value: unknown, keys: ReadonlySet<string>): value is Head {
  if (!isObject(value) || !('value' in value)) return false;
  for (const key in value) if (!keys.has(key)) return false;
  const { id, hlc, base, memberId, bundle } = value;
  return (
    // A change id is its leaf's own: remembering it would only grow the set.
    recordId.safeParse(id).success &&
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

const state = z
  .object({
    table: z.string().max(32).refine(isSyncedTable),
    id: recordId,
    tripId: recordId,
    leaves: z.record(z.string().max(64), z.unknown()),
  })
  .strict();

const body = z
  .object({
    format: z.literal(1),
    tripId: recordId,
    upTo: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    states: z.array(z.unknown()),
    lost: z.array(z.unknown()),
  })
  .strict();

/** Whether a leaf holds values its path accepts, in each change it keeps, and a merged state Yjs can read. */
function leafHolds(table: SyncedTable, path: string, leaf: Leaf): boolean {
  const schema = leafSchema(table, path);
  if (!schema) return false;
  const heads: Head[] = [leaf, ...(leaf.concurrent ?? [])];
  if (!heads.every((one) => schema.safeParse(one.value).success)) return false;
  // A merged text's leaf holds the plain text its state makes, never an update.
  if (isMergedText(table, path) && leaf.value !== null && typeof leaf.value !== 'string') return false;
  if (leaf.text !== undefined && (!isMergedText(table, path) || !isReadableUpdate(leaf.text))) return false;
  return leaf.legacy === undefined || leafHolds(table, path, leaf.legacy);
}

/**
 * One record's state, checked leaf by leaf; null when anything in it is not
 * the protocol's. Its record is not required to be whole: a device holds the
 * state of a record whose leaves have not all arrived, as a pull leaves it.
 */
function checkState(holds: Holds, tripId: string, candidate: unknown): RecordState | null {
  const parsed = state.safeParse(candidate);
  if (!parsed.success) return null;
  const checked = parsed.data as RecordState;
  if (checked.tripId !== tripId || (checked.table === 'trips' && checked.id !== tripId)) return null;
  const whole = Object.entries(checked.leaves as Record<string, unknown>).every(
    ([path, one]) => isLeafPath(checked.table, path) && isLeaf(holds, one) && leafHolds(checked.table, path, one),
  );
  return whole ? checked : null;
}

/**
 * Reads a snapshot's bytes as the device is to take them, all or nothing:
 * the JSON of protocol 10's format, of this trip, up to where its listing
 * said, every record's leaves values their paths accept, every lost change
 * a change the protocol accepts. Throws SnapshotError otherwise.
 */
export function decodeSnapshot(bytes: Uint8Array, tripId: string, meta: SnapshotMeta): SnapshotBody {
  let json: unknown;
  try {
    json = JSON.parse(unzip(bytes));
  } catch (error) {
    throw error instanceof SnapshotError ? error : new SnapshotError('damaged');
  }
  const parsed = body.safeParse(json);
  if (!parsed.success || parsed.data.tripId !== tripId || parsed.data.upTo !== meta.upTo) {
    throw new SnapshotError('invalid');
  }
  const states: RecordState[] = [];
  const holds = checker();
  for (const candidate of parsed.data.states) {
    const checked = checkState(holds, tripId, candidate);
    if (!checked) throw new SnapshotError('invalid');
    states.push(checked);
  }
  const lost: Change[] = [];
  for (const candidate of parsed.data.lost) {
    const checked = checkChange(candidate);
    if (!checked.ok || checked.change.tripId !== tripId) throw new SnapshotError('invalid');
    lost.push(checked.change);
  }
  return { format: 1, tripId, upTo: parsed.data.upTo, states, lost };
}
