import { PROTOCOL } from '@shared/sync/client';
import { createHlcClock, type HlcClock } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { expect } from 'vitest';
import { type AppOptions, createApp } from '../app';
import { listen } from '../serve';
import { migrate, readMigrations } from '../storage/migrate';
import type { Storage } from '../storage/storage';
import type { StoredChange } from '../store/changes';
import { ensureSetupCode } from '../store/setupCode';

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

export async function startServer(storage: Storage, options: Partial<AppOptions> = {}): Promise<TestServer> {
  await migrate(storage, await readMigrations());
  const app = createApp({ storage, name: 'test', limits: UNLIMITED, ...options });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    url: server.url,
    storage,
    async setupCode() {
      const made = await ensureSetupCode(storage, new Date((options.now ?? Date.now)()), true);
      if (!('code' in made)) throw new Error('No setup code made');
      return made.code;
    },
    close: () => server.close(),
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

/** A device of a trip, as the server knows it. */
export interface TestDevice {
  token: string;
  deviceId: string;
  tripId: string;
  memberId: string;
  clock: HlcClock;
}

const deviceOf = (body: { token: string; deviceId: string; tripId: string; memberId: string }): TestDevice => ({
  ...body,
  clock: createHlcClock(body.deviceId),
});

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

export async function push(server: TestServer, device: TestDevice, changes: readonly unknown[]): Promise<Answer> {
  return call(server.url, 'POST', `/trips/${device.tripId}/changes`, { token: device.token, body: { changes } });
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

/** A published trip: its organiser's device, and the members of its roster, pushed. */
export async function publishTrip(server: TestServer, memberNames: readonly string[] = []) {
  const tripId = v7();
  const organiserId = v7();
  const published = await call(server.url, 'POST', '/trips', {
    body: { setupCode: await server.setupCode(), tripId, memberId: organiserId, deviceName: '주최자 노트북' },
  });
  expect(published.status).toBe(201);
  const organiser = deviceOf(published.body);
  const members = memberNames.map((name) => ({ id: v7(), name }));
  const roster = [
    ...memberChanges(organiser, organiserId, '박연구', 'organiser'),
    ...members.flatMap((member) => memberChanges(organiser, member.id, member.name)),
  ];
  expect((await push(server, organiser, roster)).status).toBe(200);
  return { tripId, organiser, members };
}

/** A device of a member of the trip, joined with an invitation the organiser made. */
export async function joinAs(server: TestServer, organiser: TestDevice, memberId: string, deviceName = '휴대폰') {
  const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
    token: organiser.token,
    body: { memberId },
  });
  expect(invited.status).toBe(201);
  const joined = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName } });
  expect(joined.status).toBe(201);
  return deviceOf(joined.body);
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
