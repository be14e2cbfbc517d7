import { Gunzip, gzipSync } from 'fflate';
import { z } from 'zod';
import { contentHash } from '../model/attachment';
import { recordId } from '../model/ids';
import { deviceId } from '../model/meta';
import { MAX_BLOB_BYTES } from './blobs';
import { type Change, checkChange, type RecordState } from './merge';
import { checker, checkState } from './snapshotChecks';
import { type PackedStates, packStates, unpackStates } from './snapshotPacking';
import { fromBase64, toBase64 } from './texts';

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

/** What a snapshot's bytes hold once unzipped and unpacked, whichever format wrote them. */
export interface SnapshotBody {
  tripId: string;
  upTo: number;
  states: RecordState[];
  lost: Change[];
}

/** A snapshot as read: its states unpacked, and packed as format 2 holds them, for a device to keep as they came. */
export interface ReadSnapshot extends SnapshotBody {
  packed: PackedStates;
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

/**
 * A snapshot's bytes: its JSON in format 2 (snapshotPacking.ts), gzipped
 * (what is left of its names still repeats, and zips to a tenth).
 */
export function encodeSnapshot({ tripId, upTo, states, lost }: SnapshotBody): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify({ format: 2, tripId, upTo, ...packStates(states), lost });
  return gzipSync(encoder.encode(json)) as Uint8Array<ArrayBuffer>;
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

const upTo = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Format 1 (protocol 10) wrote each state whole; a device still takes a snapshot made before format 2. */
const body = z.discriminatedUnion('format', [
  z
    .object({ format: z.literal(1), tripId: recordId, upTo, states: z.array(z.unknown()), lost: z.array(z.unknown()) })
    .strict(),
  z
    .object({
      format: z.literal(2),
      tripId: recordId,
      upTo,
      strings: z.array(z.unknown()),
      states: z.array(z.unknown()),
      lost: z.array(z.unknown()),
    })
    .strict(),
]);

/**
 * Reads a snapshot's bytes as the device is to take them, all or nothing:
 * the JSON of format 1 or 2, of this trip, up to where its listing
 * said, every record's leaves values their paths accept, every lost change
 * a change the protocol accepts. Throws SnapshotError otherwise.
 */
export function decodeSnapshot(bytes: Uint8Array, tripId: string, meta: SnapshotMeta): ReadSnapshot {
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
  const { data } = parsed;
  const candidates = data.format === 1 ? data.states : unpackStates(data.strings, data.states, tripId);
  if (!candidates) throw new SnapshotError('invalid');
  const states: RecordState[] = [];
  const holds = checker();
  for (const candidate of candidates) {
    const checked = checkState(holds, tripId, candidate);
    if (!checked) throw new SnapshotError('invalid');
    states.push(checked);
  }
  const lost: Change[] = [];
  for (const candidate of data.lost) {
    const checked = checkChange(candidate);
    if (!checked.ok || checked.change.tripId !== tripId) throw new SnapshotError('invalid');
    lost.push(checked.change);
  }
  const packed =
    data.format === 1 ? packStates(states) : { strings: data.strings as string[], states: data.states as unknown[][] };
  return { tripId, upTo: data.upTo, states, lost, packed };
}
