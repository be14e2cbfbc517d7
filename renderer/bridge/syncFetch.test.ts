import type { FieldbookBridge, SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall } from '@shared/ipc/dispatch';
import { httpSyncServer, joinTrip, publishTrip, SyncError } from '@shared/sync/client';
import { describe, expect, it } from 'vitest';
import { configureSyncServer, ipcFetch } from './syncFetch';

const TRIP = '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const TOKEN = 'dGhpcy1pcy1hLWRldmljZS10b2tlbi1vZi00My1jaGFycw';
const PIN = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';

/** The desktop preload's bridge as the renderer sees it, over the contract's own validation. */
function desktopBridge(answer: (request: SyncRequest) => SyncAnswer) {
  const requests: SyncRequest[] = [];
  const configured: unknown[] = [];
  const handlers = {
    'sync:request': (request: SyncRequest) => {
      requests.push(request);
      return answer(request);
    },
    'sync:configureServer': (server: unknown) => {
      configured.push(server);
      return 'configured';
    },
  } as unknown as CallHandlers;
  const bridge: FieldbookBridge = {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0], undefined),
    on: () => () => {},
  };
  return { bridge, requests, configured };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SyncAnswer => ({
  outcome: 'answered',
  status,
  headers,
  body: { type: 'text', text: JSON.stringify(body) },
});

describe('the desktop fetch through the main process', () => {
  it('turns the client requests into sync:request calls, and their answers back', async () => {
    const { bridge, requests } = desktopBridge((request) =>
      request.method === 'GET'
        ? json(200, { changes: [], next: 0, more: false, remaining: 0, serverTime: '2026-11-24T00:00:00.000Z' })
        : json(200, { accepted: 0, serverTime: '2026-11-24T00:00:00.000Z' }),
    );
    const server = httpSyncServer({
      baseUrl: 'https://192.168.0.10:8787',
      token: TOKEN,
      fetch: ipcFetch(bridge, { tripId: TRIP }),
    });
    expect((await server.pull(TRIP, 0)).more).toBe(false);
    expect((await server.push(TRIP, [], [])).accepted).toBe(0);
    expect(requests).toEqual([
      {
        tripId: TRIP,
        origin: 'https://192.168.0.10:8787',
        method: 'GET',
        path: `/v1/trips/${TRIP}/changes?after=0`,
        token: TOKEN,
      },
      {
        tripId: TRIP,
        origin: 'https://192.168.0.10:8787',
        method: 'POST',
        path: `/v1/trips/${TRIP}/changes`,
        token: TOKEN,
        body: { type: 'json', text: '{"changes":[],"bundles":[]}' },
      },
    ]);
  });

  it('reports a refused certificate to the caller as certificate_changed, and a refusal of the server by its code', async () => {
    const changed = desktopBridge(() => ({
      outcome: 'failed',
      error: 'certificate_changed',
      message: 'another certificate',
    }));
    const server = httpSyncServer({
      baseUrl: 'https://192.168.0.10:8787',
      token: TOKEN,
      fetch: ipcFetch(changed.bridge, { tripId: TRIP }),
    });
    await expect(server.pull(TRIP, 0)).rejects.toMatchObject({ name: 'SyncError', code: 'certificate_changed' });
    const limited = desktopBridge(() => json(429, { error: 'rate_limited', message: 'later' }, { 'retry-after': '7' }));
    const fetch = ipcFetch(limited.bridge, { tripId: TRIP });
    const answer = await fetch('https://192.168.0.10:8787/v1/info', { method: 'GET', headers: {} });
    expect(answer.status).toBe(429);
    expect((answer as unknown as { headers: Headers }).headers.get('Retry-After')).toBe('7');
    await expect(
      publishTrip(
        { baseUrl: 'https://192.168.0.10:8787', fetch },
        { setupCode: 'K7QM-2X9PA', tripId: TRIP, memberId: TRIP, deviceName: 'Laptop' },
      ),
    ).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('carries a chunk of a file to the main process as bytes, and a chunk downloaded back as bytes', async () => {
    const sha = 'ab'.repeat(32);
    const status = { sha256: sha, size: 3, complete: true, have: [0] };
    const { bridge, requests } = desktopBridge((request) =>
      request.method === 'PUT'
        ? json(200, status)
        : {
            outcome: 'answered',
            status: 200,
            headers: {},
            body: { type: 'bytes', bytes: new Uint8Array([7, 0, 255]) },
          },
    );
    const server = httpSyncServer({
      baseUrl: 'https://192.168.0.10:8787',
      token: TOKEN,
      fetch: ipcFetch(bridge, { tripId: TRIP }),
    });
    expect(await server.putChunk(TRIP, sha, 0, new Uint8Array([7, 0, 255]))).toEqual(status);
    expect([...(await server.getChunk(TRIP, sha, 0))]).toEqual([7, 0, 255]);
    expect(requests[0]).toEqual({
      tripId: TRIP,
      origin: 'https://192.168.0.10:8787',
      method: 'PUT',
      path: `/v1/trips/${TRIP}/blobs/${sha}/chunks/0`,
      token: TOKEN,
      body: { type: 'bytes', bytes: new Uint8Array([7, 0, 255]) },
    });
  });

  it('says that a request the contract refuses is a fault of this app, never that the server is offline', async () => {
    const { bridge, requests } = desktopBridge(() => json(200, {}));
    const error = await httpSyncServer({
      baseUrl: 'https://192.168.0.10:8787/prefix',
      token: TOKEN,
      fetch: ipcFetch(bridge, { tripId: TRIP }),
    })
      .pull(TRIP, 0)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('server_error');
    expect(requests).toEqual([]);
  });

  it('joins under the join code’s pin, the one request made before its trip is known', async () => {
    const { bridge, requests } = desktopBridge(() =>
      json(201, { token: TOKEN, deviceId: TRIP, tripId: TRIP, memberId: TRIP }),
    );
    await joinTrip(
      { baseUrl: 'https://192.168.0.10:8787', fetch: ipcFetch(bridge, { joining: PIN }) },
      { code: 'K7QM-2X9PA', deviceName: 'Laptop' },
    );
    expect(requests).toEqual([
      {
        tripId: null,
        fingerprint: PIN,
        origin: 'https://192.168.0.10:8787',
        method: 'POST',
        path: '/v1/join',
        body: { type: 'json', text: '{"code":"K7QM-2X9PA","deviceName":"Laptop"}' },
      },
    ]);
  });

  it('declares a trip’s server to the main process as its origin, and nothing in a browser', async () => {
    const { bridge, configured } = desktopBridge(() => json(200, {}));
    const declare = (baseUrl: string, fingerprint: string | null) =>
      configureSyncServer({ tripId: TRIP, baseUrl, fingerprint, replace: false }, bridge);
    expect(await declare('https://Sync.Example.org:443/', null)).toBe('configured');
    await declare('https://192.168.0.10:8787', PIN);
    expect(configured).toEqual([
      { tripId: TRIP, origin: 'https://sync.example.org', fingerprint: null, replace: false },
      { tripId: TRIP, origin: 'https://192.168.0.10:8787', fingerprint: PIN, replace: false },
    ]);
    await expect(declare('https://sync.example.org/fieldbook', null)).rejects.toBeInstanceOf(SyncError);
    await expect(declare('sync.example.org', null)).rejects.toBeInstanceOf(SyncError);
    await expect(declare('https://192.168.0.10:8787', 'not a pin')).rejects.toBeInstanceOf(SyncError);
    await expect(declare('http://192.168.0.10:8787', null)).rejects.toBeInstanceOf(SyncError);
    const inBrowser = { tripId: TRIP, baseUrl: 'https://sync.example.org', fingerprint: null, replace: false };
    expect(await configureSyncServer(inBrowser, undefined)).toBe('configured');
    expect(configured).toHaveLength(2);
  });
});
