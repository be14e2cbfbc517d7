import { PROTOCOL } from '@shared/sync/client';
import { CROCKFORD } from '@shared/sync/fingerprint';
import { createHlcClock, type HlcClock } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import {
  certifyKey,
  invitationKey,
  newInvitationSecret,
  newSigningKey,
  type SigningKey,
  signBundle,
  signGrant,
} from '@shared/sync/signing';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect } from 'vitest';
import { type AppOptions, createApp } from '../app';
import { listen } from '../serve';
import { migrate, readMigrations } from '../storage/migrate';
import type { Storage } from '../storage/storage';
import type { StoredChange } from '../store/changes';
import { ensureSetupCode } from '../store/setupCode';
import type { Backend } from './backends';

/** A sync server on 127.0.0.1 over a migrated database, as the tests reach it: by HTTP. */
export interface TestServer {
  url: string;
  storage: Storage;
  /** A fresh setup code, replacing any waiting one. */
  setupCode(): Promise<string>;
  close(): Promise<void>;
}

// Tests send many requests from one address; the rate limits have tests of their own.
const UNLIMITED = {
  address: { burst: 1e9, perSecond: 1e9 },
  device: { burst: 1e9, perSecond: 1e9 },
  code: { burst: 1e9, perSecond: 1e9 },
};

/** `port`: where the server listens (0: any free port), the same again for a server restarted over its database. */
export async function startServer(storage: Storage, options: Partial<AppOptions> = {}, port = 0): Promise<TestServer> {
  await migrate(storage, await readMigrations());
  const app = createApp({ storage, name: 'test', limits: UNLIMITED, ...options });
  const server = await listen(app, port, '127.0.0.1');
  return {
    url: server.url,
    storage,
    async setupCode() {
      return (await ensureSetupCode(storage, new Date((options.now ?? Date.now)()), true)).code;
    },
    close: () => server.close(),
  };
}

/**
 * One server on `backend` for a suite's tests: started before the first,
 * closed with its database after the last; the answer reads through to it.
 * `options`, the app's (a suite that reads back every change it pushed turns compaction off).
 */
export function serverForSuite(backend: Backend, options: Partial<AppOptions> = {}): TestServer {
  let started: TestServer | undefined;
  const current = () => {
    if (!started) throw new Error("The suite's server has not started");
    return started;
  };
  beforeAll(async () => {
    started = await startServer((await backend.open()).storage, options);
  }, 30_000);
  afterAll(async () => {
    await started?.close();
    await started?.storage.close();
  });
  return {
    get url() {
      return current().url;
    },
    get storage() {
      return current().storage;
    },
    setupCode: () => current().setupCode(),
    close: () => current().close(),
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers of every shape
  body: any;
  headers: Headers;
}

/** A database for tests of what never reaches one (the web app, TLS): any use fails the test. */
export const noStorage: Storage = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('This test does not use the database')),
  transaction: () => Promise.reject(new Error('This test does not use the database')),
  close: async () => undefined,
};

/** One HTTP request as a client sends it: the protocol header, the token, a JSON body (or its bytes as given). */
export async function call(
  url: string,
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(`${url}/v1${path}`, {
    method,
    headers: {
      'Fieldbook-Protocol': String(PROTOCOL),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined
      ? {}
      : {
          body:
            body instanceof Uint8Array ? new Uint8Array(body) : typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** A server as a client reaches it: by its address. */
type Reachable = Pick<TestServer, 'url'>;

/**
 * A device of a trip, as the server knows it, with its signing key: its
 * changes are named by the id the server gave it, and signed as the
 * protocol's section 9 says.
 */
export interface TestDevice {
  token: string;
  deviceId: string;
  tripId: string;
  memberId: string;
  clock: HlcClock;
  signingKey: { privateKey: SigningKey; publicKey: string };
}

type Joined = { token: string; deviceId: string; tripId: string; memberId: string };

/** Registers a device's key: the trip's first device's as the root, any other's certified by its invitation. */
export async function withKey(
  server: Reachable,
  body: Joined,
  invitation?: { privateKey: SigningKey },
): Promise<TestDevice> {
  const signingKey = await newSigningKey();
  const owner = {
    tripId: body.tripId,
    deviceId: body.deviceId,
    memberId: body.memberId,
    publicKey: signingKey.publicKey,
  };
  const certificate = invitation ? await certifyKey(invitation.privateKey, owner) : null;
  const registered = await call(server.url, 'PUT', `/trips/${body.tripId}/keys/self`, {
    token: body.token,
    body: { deviceId: body.deviceId, publicKey: signingKey.publicKey, certificate },
  });
  expect(registered.status).toBe(200);
  return { ...body, clock: createHlcClock(body.deviceId), signingKey };
}

/** A change of one leaf by `device`, stamped by its clock unless `hlc` is given. */
export function changeOf(
  device: TestDevice,
  table: Change['table'],
  recordId: string,
  [path, value]: [string, unknown],
  hlc = device.clock.tick(),
): Change {
  return {
    id: v7(),
    table,
    recordId,
    tripId: device.tripId,
    path,
    value,
    hlc,
    base: null,
    deviceId: device.deviceId,
    memberId: device.memberId,
  };
}

/** Changes that set leaves of one record, as one write of `device` stamps them. */
export function changesOf(
  device: TestDevice,
  table: Change['table'],
  recordId: string,
  leaves: Record<string, unknown>,
): Change[] {
  const hlc = device.clock.tick();
  return Object.entries(leaves).map((leaf) => changeOf(device, table, recordId, leaf, hlc));
}

export const memberChanges = (device: TestDevice, memberId: string, name: string, role = 'member') =>
  changesOf(device, 'members', memberId, {
    name,
    nameForHosts: '',
    'affiliation/ko': '',
    role,
    deletedAt: null,
  });

/**
 * Pushes changes as the device sends them: those it signs (its own; any
 * other kind of value goes as given, for the server to refuse) in one bundle.
 */
export async function push(server: Reachable, device: TestDevice, changes: readonly unknown[]): Promise<Answer> {
  const id = v7();
  const own = (candidate: unknown): candidate is Change =>
    typeof candidate === 'object' && candidate !== null && (candidate as Change).deviceId === device.deviceId;
  const sent = changes.map((candidate) => (own(candidate) ? { ...candidate, bundle: id } : candidate));
  const signed = sent.filter(own);
  const bundles =
    signed.length > 0
      ? [
          await signBundle(
            device.signingKey.privateKey,
            { id, tripId: device.tripId, deviceId: device.deviceId },
            signed,
          ),
        ]
      : [];
  return pushSigned(server, device, sent, bundles);
}

/** Pushes changes with the bundles given, as they are: a forged or relayed push. */
export function pushSigned(
  server: Reachable,
  device: TestDevice,
  changes: readonly unknown[],
  bundles: readonly unknown[],
): Promise<Answer> {
  return call(server.url, 'POST', `/trips/${device.tripId}/changes`, {
    token: device.token,
    body: { changes, bundles },
  });
}

/** Every change of the trip the device can pull, page by page. */
export async function pullAll(server: TestServer, device: TestDevice, limit = 1000): Promise<StoredChange[]> {
  const all: StoredChange[] = [];
  let after = 0;
  for (;;) {
    const page = await call(server.url, 'GET', `/trips/${device.tripId}/changes?after=${after}&limit=${limit}`, {
      token: device.token,
    });
    expect(page.status).toBe(200);
    all.push(...page.body.changes);
    after = page.body.next;
    if (!page.body.more) return all;
  }
}

/** A change as it was pushed: without its place in the log. */
export const withoutSeq = ({ seq: _, ...change }: StoredChange): Change => change;

/** A change as its device wrote it: without the bundle its push signed it in. */
export const withoutBundle = ({ bundle: _, ...change }: Change): Change => change;

/** A published trip: its organiser's device, and the members of its roster, pushed. */
export async function publishTrip(server: TestServer, memberNames: readonly string[] = []) {
  const tripId = v7();
  const organiserId = v7();
  const published = await call(server.url, 'POST', '/trips', {
    body: { setupCode: await server.setupCode(), tripId, memberId: organiserId, deviceName: '주최자 노트북' },
  });
  expect(published.status).toBe(201);
  const organiser = await withKey(server, published.body);
  const members = memberNames.map((name) => ({ id: v7(), name }));
  const roster = [
    ...memberChanges(organiser, organiserId, '박연구', 'organiser'),
    ...members.flatMap((member) => memberChanges(organiser, member.id, member.name)),
  ];
  expect((await push(server, organiser, roster)).status).toBe(200);
  return { tripId, organiser, members };
}

/** A device of a member of the trip, joined with an invitation the organiser made. */
/**
 * What an organiser's device sends to invite a member (section 9): the
 * member, and its grant of the invitation's key, kept to certify the key of
 * the device that joins with it.
 */
export async function invitationFor(organiser: TestDevice, memberId: string) {
  const invitation = await invitationKey(newInvitationSecret(CROCKFORD));
  const grant = await signGrant(organiser.signingKey.privateKey, organiser.tripId, {
    memberId,
    invitationKey: invitation.publicKey,
    grantedBy: organiser.deviceId,
  });
  return { body: { memberId, grant }, invitation };
}

export async function joinAs(server: Reachable, organiser: TestDevice, memberId: string, deviceName = '휴대폰') {
  const { body, invitation } = await invitationFor(organiser, memberId);
  const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
    token: organiser.token,
    body,
  });
  expect(invited.status).toBe(201);
  const joined = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName } });
  expect(joined.status).toBe(201);
  return withKey(server, joined.body, invitation);
}

/** A file's bytes as a client sends them: one chunk, raw, to an upload begun. */
export async function putChunk(
  server: TestServer,
  device: TestDevice,
  sha256: string,
  index: number,
  bytes: Uint8Array<ArrayBuffer>,
  contentType = 'application/octet-stream',
): Promise<Answer> {
  const response = await fetch(`${server.url}/v1/trips/${device.tripId}/blobs/${sha256}/chunks/${index}`, {
    method: 'PUT',
    headers: {
      'Fieldbook-Protocol': String(PROTOCOL),
      Authorization: `Bearer ${device.token}`,
      'Content-Type': contentType,
    },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** One chunk of a file as a client downloads it: its bytes, or the refusal's JSON. */
export async function getChunk(
  server: TestServer,
  device: TestDevice,
  sha256: string,
  index: number,
  tripId = device.tripId,
): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${server.url}/v1/trips/${tripId}/blobs/${sha256}/chunks/${index}`, {
    headers: { 'Fieldbook-Protocol': String(PROTOCOL), Authorization: `Bearer ${device.token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}
