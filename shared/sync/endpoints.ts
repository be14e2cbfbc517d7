/**
 * The protocol's endpoints and limits as a transport sees them
 * (docs/sync-protocol.md, sections 5 and 6): what the desktop app's main
 * process lets the renderer ask of a sync server, and nothing else.
 */

/** The largest body a request may carry (section 5). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const SYNC_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type SyncMethod = (typeof SYNC_METHODS)[number];

// Ids the server names (trips are records, devices UUID v7 made by the server): lower-case UUIDs.
const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const COUNT = '(?:0|[1-9][0-9]{0,14})';
const BLOB = `^/v1/trips/${ID}/blobs/[0-9a-f]{64}`;
// A chunk's index: a file of at most 25 MB has at most 25 of them.
const INDEX = '(?:0|[1-9][0-9]{0,3})';

/**
 * Each endpoint once: its method, its path (with the query a client may add),
 * whether it takes a body, and whether that body is a chunk of a file's bytes
 * rather than JSON (protocol 4).
 */
const ENDPOINTS: readonly { method: SyncMethod; path: RegExp; body: boolean; bytes?: true }[] = [
  { method: 'GET', path: /^\/v1\/info$/, body: false },
  { method: 'POST', path: /^\/v1\/trips$/, body: true },
  { method: 'POST', path: /^\/v1\/join$/, body: true },
  { method: 'POST', path: new RegExp(`^/v1/trips/${ID}/invitations$`), body: true },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/invitations$`), body: false },
  { method: 'DELETE', path: new RegExp(`^/v1/trips/${ID}/invitations/${ID}$`), body: false },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/devices$`), body: false },
  { method: 'DELETE', path: new RegExp(`^/v1/trips/${ID}/devices/${ID}$`), body: false },
  { method: 'PUT', path: new RegExp(`^/v1/trips/${ID}/devices/${ID}/name$`), body: true },
  { method: 'PUT', path: new RegExp(`^/v1/trips/${ID}/keys/self$`), body: true },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/keys$`), body: false },
  { method: 'POST', path: new RegExp(`^/v1/trips/${ID}/changes$`), body: true },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/checkpoints$`), body: false },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/snapshot$`), body: false },
  { method: 'PUT', path: new RegExp(`^/v1/trips/${ID}/snapshot$`), body: true },
  { method: 'GET', path: new RegExp(`^/v1/trips/${ID}/changes/wait\\?after=${COUNT}$`), body: false },
  {
    method: 'GET',
    path: new RegExp(`^/v1/trips/${ID}/changes\\?after=${COUNT}(?:&id=${ID})?(?:&limit=${COUNT})?$`),
    body: false,
  },
  { method: 'PUT', path: new RegExp(`${BLOB}$`), body: true },
  { method: 'GET', path: new RegExp(`${BLOB}$`), body: false },
  { method: 'PUT', path: new RegExp(`${BLOB}/chunks/${INDEX}$`), body: true, bytes: true },
  { method: 'GET', path: new RegExp(`${BLOB}/chunks/${INDEX}$`), body: false },
];

/**
 * Whether `method` and `path` (from `/v1`, with its query) name an endpoint
 * of the protocol, whether a body goes with it and whether it is bytes: null
 * for no endpoint.
 */
export function endpointOf(method: string, path: string): { body: boolean; bytes: boolean } | null {
  const endpoint = ENDPOINTS.find((candidate) => candidate.method === method && candidate.path.test(path));
  return endpoint ? { body: endpoint.body, bytes: endpoint.bytes ?? false } : null;
}

/** A text's length in UTF-8 bytes, as the server's body limit counts it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes, 2 for each half; a lone half becomes U+FFFD, 3 bytes.
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
