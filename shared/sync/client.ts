import { z } from 'zod';
import { recordId } from '../model/ids';
import { type BlobStatus, blobStatus } from './blobs';
import type { CrowdedText } from './compaction';
import type { SyncMethod } from './endpoints';
import { isMergedText, isSyncedTable } from './leaves';
import type { Change } from './merge';
import { REFUSALS } from './permissions';
import { type Bundle, bundle, type ListedKey, listedKey, type RelayedKey } from './signing';
import { type SnapshotMeta, snapshotMeta } from './snapshots';

/**
 * The protocol version this code speaks (docs/sync-protocol.md, section 10).
 * 2: the organiser and places are names per language, translations are reviewed, the report syncs.
 * 3: a member's affiliation is a name per language.
 * 4: attachments carry the SHA-256 of their bytes, and the bytes travel in chunks.
 * 5: every string and list has a maximum; the roles decide who may change what.
 * 6: every change is signed by its device's key, certified down from the trip's first device.
 * 7: an organiser's device stands for a text's many updates with a checkpoint, and the server lets them go.
 * 8: a device waits for a trip's changes; invitations and devices are listed, withdrawn and renamed.
 * 9: a push relays other devices' changes with their keys, which the server takes where they chain to the root.
 * 10: the first organiser's device lists snapshots of the trip, from which a new device's first sync begins.
 * 11: the trip's directory of host people syncs (`hostPeople`); a record's copy of a person may name its entry.
 * 12: an attachment may be a host person's business card (owner `hostPerson`), a report note the organiser's words for a thank-you letter (`letter`).
 */
export const PROTOCOL = 12;

/**
 * The error codes of docs/sync-protocol.md, section 7; `offline` when the
 * server cannot be reached; and from the desktop app's transport,
 * `certificate_changed` when the server shows a certificate other than the
 * one this device pinned (or, unpinned, one HTTPS does not trust), and
 * `unknown_server` for a server this device has not published to or joined;
 * `cleartext` for an address that would carry the trip unencrypted over a
 * network, which this device refuses to reach.
 */
export const SYNC_ERRORS = [
  'unauthorized',
  'revoked',
  'forbidden',
  'code_invalid',
  'code_used',
  'code_expired',
  'invalid_body',
  'invalid_change',
  'unknown_table',
  'unknown_leaf',
  'too_large',
  'rate_limited',
  'clock_ahead',
  'cursor_ahead',
  'protocol_too_old',
  'protocol_too_new',
  'trip_exists',
  'not_found',
  'hash_mismatch',
  'invalid_signature',
  'not_certified',
  'key_missing',
  'key_exists',
  'offline',
  'certificate_changed',
  'unknown_server',
  'cleartext',
  'server_error',
] as const;
export type SyncErrorCode = (typeof SYNC_ERRORS)[number];

/** A sync request the server refused, or could not be reached for: its code says what the user can do. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly serverTime: string | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** A time the server states: an ISO 8601 instant, read as the server wrote it. */
export const serverTime = z.string().max(30);
/** An id the server names (a device's, a member's, a trip's): a UUID, with room. */
export const serverId = z.string().max(64);

const errorBody = z.object({
  error: z.string().max(64),
  message: z.string().max(1000).optional(),
  serverTime: serverTime.optional(),
});

/**
 * The part of `fetch` the client uses, so that the desktop app can route it
 * through its main process. A SyncError it throws reaches the caller as it is;
 * any other failure is `offline`. A body is JSON text, or a chunk of a file.
 */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> },
) => Promise<{
  status: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

export interface Connection {
  /** The server's address, e.g. `https://192.168.0.10:8787`. */
  baseUrl: string;
  /** This device's token, once it has one. */
  token?: string;
  fetch: Fetch;
}

type Answer = Awaited<ReturnType<Fetch>>;
type Body = { json: unknown } | { bytes: Uint8Array<ArrayBuffer> };

/** Reaches the server or reads its answer; a connection lost on the way is `offline`, however far it got. */
async function read<T>(reading: () => Promise<T>): Promise<T> {
  try {
    return await reading();
  } catch (cause) {
    if (cause instanceof SyncError) throw cause;
    throw new SyncError('offline', cause instanceof Error ? cause.message : String(cause));
  }
}

async function jsonOf(answer: Answer): Promise<unknown> {
  const text = await read(() => answer.text());
  try {
    return JSON.parse(text);
  } catch {
    throw new SyncError('server_error', `Not JSON (HTTP ${answer.status})`);
  }
}

/**
 * Sends one request with the protocol header and the device's token; an
 * error answer becomes a SyncError with its code, and no answer `offline`.
 */
async function send(connection: Connection, method: SyncMethod, path: string, body?: Body): Promise<Answer> {
  const headers: Record<string, string> = { 'Fieldbook-Protocol': String(PROTOCOL) };
  if (connection.token) headers.Authorization = `Bearer ${connection.token}`;
  let payload: string | Uint8Array<ArrayBuffer> | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['Content-Type'] = 'application/octet-stream';
    payload = body.bytes;
  }
  const init = { method, headers, ...(payload === undefined ? {} : { body: payload }) };
  const url = `${connection.baseUrl.replace(/\/$/, '')}/v1${path}`;
  const answer = await read(() => connection.fetch(url, init));
  if (answer.status < 400) return answer;
  const refused = errorBody.safeParse(await jsonOf(answer));
  const code = (SYNC_ERRORS as readonly string[]).includes(refused.data?.error ?? '')
    ? (refused.data?.error as SyncErrorCode)
    : 'server_error';
  throw new SyncError(code, refused.data?.message ?? `HTTP ${answer.status}`, refused.data?.serverTime ?? null);
}

/** A request whose answer is JSON of the shape of `schema`. */
async function ask<S extends z.ZodType>(
  connection: Connection,
  method: SyncMethod,
  path: string,
  schema: S,
  body?: Body,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(await jsonOf(await send(connection, method, path, body)));
  if (!parsed.success) throw new SyncError('server_error', 'An answer of an unexpected shape');
  return parsed.data;
}

/**
 * One request of the protocol: JSON in and out, the protocol header, the
 * device's token; an answer of another shape than `schema`, or an error
 * answer, becomes a SyncError with its code. Never a raw exception.
 */
export function request<S extends z.ZodType>(
  connection: Connection,
  method: SyncMethod,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  return ask(connection, method, path, schema, body === undefined ? undefined : { json: body });
}

/** A change the server refused by the roles (shared/sync/permissions.ts), by its index in the push. */
const refusedChange = z.object({
  index: z.number().int().min(0),
  reason: z.enum(REFUSALS),
});
export type RefusedChange = z.infer<typeof refusedChange>;

export const pushAnswer = z.object({
  accepted: z.number().int().min(0),
  refused: z.array(refusedChange).max(1000).default([]),
  serverTime,
});

/**
 * A change as a pull answers it: only its id is read here (where the device
 * got to); the rest is checked change by change as it is applied, so that
 * one the server should not have kept is skipped, not the whole page.
 */
const pulledChange = z.looseObject({ id: recordId, seq: z.number().int().min(1) });
export type PulledChange = z.output<typeof pulledChange>;

export const pullAnswer = z.object({
  // A page holds at most 1,000 changes (section 6), signed by at most as many bundles.
  changes: z.array(pulledChange).max(1000),
  // Each is checked as the changes it signs are applied: one the server should not have sent is left out.
  bundles: z.array(z.unknown()).max(1000).default([]),
  next: z.number().int().min(0),
  more: z.boolean(),
  remaining: z.number().int().min(0),
  serverTime,
});

const waitAnswer = z.object({ latest: z.number().int().min(0), serverTime });
const snapshotAnswer = z.object({ snapshot: snapshotMeta.nullable() });
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const listedSnapshot = snapshotAnswer.extend({ after: z.object({ changes: count, bytes: count }) });
export type ListedSnapshot = z.infer<typeof listedSnapshot>;

/**
 * What a client needs of the sync server for a trip (docs/sync-protocol.md,
 * section 6): push and pull, and the files' bytes by their SHA-256.
 */
export interface SyncServer {
  /**
   * `bundles`: the signatures of the changes that name them and that the
   * server does not hold yet; `keys`: the keys of other devices whose
   * changes this push relays, for a server that does not know them yet
   * (section 9, relaying).
   */
  push(
    tripId: string,
    changes: readonly Change[],
    bundles: readonly Bundle[],
    keys?: readonly RelayedKey[],
  ): Promise<{ accepted: number; refused: RefusedChange[]; serverTime: string }>;
  /** `afterId`: the id of the change at `after`, which the server checks is still there (section 6, starting over). */
  pull(
    tripId: string,
    after: number,
    afterId?: string | null,
  ): Promise<{
    changes: readonly PulledChange[];
    bundles: readonly Bundle[];
    next: number;
    more: boolean;
    remaining: number;
    serverTime: string;
  }>;
  /**
   * Registers this device's public key for the trip (section 9): once; again
   * with the same key changes nothing. Answers the member the device signs as.
   */
  registerKey(tripId: string, key: OwnKey): Promise<{ memberId: string }>;
  /** Every key of the trip's devices, to verify what they signed. */
  listKeys(tripId: string): Promise<TripKeys>;
  /** The merged texts whose updates the log holds many of, for an organiser's device to stand for with checkpoints. */
  checkpoints(tripId: string): Promise<CrowdedText[]>;
  /**
   * Answers as soon as the trip's log ends past `after` (where this device
   * pulled to), or after a while with nothing new (section 6, waiting for
   * changes): where the log ends.
   */
  waitForChanges(tripId: string, after: number): Promise<number>;
  /** Begins an upload, or finds where one stands: which chunks the server holds, whether it is complete. */
  beginBlob(tripId: string, sha256: string, size: number): Promise<BlobStatus>;
  /** One chunk of an upload begun; the answer says where the upload stands after it. */
  putChunk(tripId: string, sha256: string, index: number, bytes: Uint8Array<ArrayBuffer>): Promise<BlobStatus>;
  /** Where a file stands on the server; null when no device has begun to upload it. */
  blobStatus(tripId: string, sha256: string): Promise<BlobStatus | null>;
  /** One chunk of a complete file. */
  getChunk(tripId: string, sha256: string, index: number): Promise<Uint8Array<ArrayBuffer>>;
  /** The trip's latest snapshot (section 3.6), null while none was made, and what the log holds after it. */
  snapshot(tripId: string): Promise<ListedSnapshot>;
  /** Lists a snapshot whose bytes the server holds complete as the trip's latest (the first organiser's devices). */
  putSnapshot(tripId: string, meta: SnapshotMeta): Promise<void>;
}

/** The sync server over HTTP, as one device (its token) reaches it. */
export function httpSyncServer(connection: Connection): SyncServer {
  const blob = (tripId: string, sha256: string) => `/trips/${tripId}/blobs/${sha256}`;
  return {
    push: (tripId, changes, bundles, keys = []) =>
      request(
        connection,
        'POST',
        `/trips/${tripId}/changes`,
        pushAnswer,
        keys.length > 0 ? { changes, bundles, keys } : { changes, bundles },
      ),
    pull: async (tripId, after, afterId) => {
      const query = `after=${after}${afterId ? `&id=${afterId}` : ''}`;
      const page = await request(connection, 'GET', `/trips/${tripId}/changes?${query}`, pullAnswer);
      const bundles = page.bundles.flatMap((candidate) => {
        const parsed = bundle.safeParse(candidate);
        return parsed.success ? [parsed.data] : [];
      });
      return { ...page, bundles };
    },
    registerKey: async (tripId, { memberId, ...key }) => {
      const body = memberId === null ? key : { ...key, memberId };
      const registered = z.object({ registered: z.literal(true), memberId: serverId });
      return request(connection, 'PUT', `/trips/${tripId}/keys/self`, registered, body);
    },
    listKeys: (tripId) => request(connection, 'GET', `/trips/${tripId}/keys`, tripKeys),
    checkpoints: async (tripId) =>
      (await request(connection, 'GET', `/trips/${tripId}/checkpoints`, crowdedTexts)).texts.flatMap((text) =>
        isSyncedTable(text.table) && isMergedText(text.table, text.path) ? [{ ...text, table: text.table }] : [],
      ),
    waitForChanges: async (tripId, after) =>
      (await request(connection, 'GET', `/trips/${tripId}/changes/wait?after=${after}`, waitAnswer)).latest,
    beginBlob: (tripId, sha256, size) => request(connection, 'PUT', blob(tripId, sha256), blobStatus, { size }),
    putChunk: (tripId, sha256, index, bytes) =>
      ask(connection, 'PUT', `${blob(tripId, sha256)}/chunks/${index}`, blobStatus, { bytes }),
    blobStatus: async (tripId, sha256) => {
      try {
        return await request(connection, 'GET', blob(tripId, sha256), blobStatus);
      } catch (error) {
        if (error instanceof SyncError && error.code === 'not_found') return null;
        throw error;
      }
    },
    getChunk: async (tripId, sha256, index) => {
      const answer = await send(connection, 'GET', `${blob(tripId, sha256)}/chunks/${index}`);
      return new Uint8Array(await read(() => answer.arrayBuffer()));
    },
    snapshot: (tripId) => request(connection, 'GET', `/trips/${tripId}/snapshot`, listedSnapshot),
    putSnapshot: async (tripId, meta) => {
      await request(connection, 'PUT', `/trips/${tripId}/snapshot`, snapshotAnswer, meta);
    },
  };
}

/** A device's own key as it registers it: the id its stamps end in, its member, and its certificate, if it joined. */
export interface OwnKey {
  deviceId: string;
  /** Null on a device that does not know yet whom it is bound to: the server's token says. */
  memberId: string | null;
  publicKey: string;
  certificate: string | null;
}

const crowdedTexts = z.object({
  texts: z
    .array(
      z.object({
        table: z.string().max(32),
        recordId: z.string().max(64),
        path: z.string().max(64),
        updates: z.number().int().min(0),
      }),
    )
    .max(10_000),
});

const tripKeys = z.object({
  /** The device id of the trip's first key, its publishing device's; null before that device registered it. */
  root: z.string().max(100).nullable(),
  /** The place in the log up to which it holds changes stored before they were signed (protocol 5). */
  unsignedUntil: z.number().int().min(0),
  keys: z.array(listedKey).max(10_000),
});
export type TripKeys = { root: string | null; unsignedUntil: number; keys: ListedKey[] };

const deviceToken = z.object({
  token: z.string().min(20).max(200),
  deviceId: serverId,
  tripId: serverId,
  memberId: serverId,
});
export type DeviceToken = z.infer<typeof deviceToken>;

/** The organiser publishes a trip with the server's one-time setup code; the organiser's device gets the first token. */
export function publishTrip(
  connection: Connection,
  body: { setupCode: string; tripId: string; memberId: string; deviceName: string },
): Promise<DeviceToken> {
  return request(connection, 'POST', '/trips', deviceToken, body);
}

/** A member's device joins with their invitation code, and is bound to them. */
export function joinTrip(connection: Connection, body: { code: string; deviceName: string }): Promise<DeviceToken> {
  return request(connection, 'POST', '/join', deviceToken, body);
}
