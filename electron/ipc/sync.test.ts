import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall, InvalidPayloadError } from '@shared/ipc/dispatch';
import { PROTOCOL } from '@shared/sync/client';
import { base32 } from '@shared/sync/fingerprint';
import type { WebContents } from 'electron';
import { generate } from 'selfsigned';
import { describe, expect, it } from 'vitest';
import { openSyncServers } from '../syncServers';
import { type SyncTarget, sendSyncRequest } from '../syncTransport';
import type { CallContext } from './context';
import { syncHandlers } from './sync';

const TRIP = '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const DEVICE = '0192f3c4-1a2b-7c3d-8e4f-000000000001';
const OTHER_TRIP = '0192f3c4-1a2b-7c3d-8e4f-000000000002';
const TOKEN = 'dGhpcy1pcy1hLWRldmljZS10b2tlbi1vZi00My1jaGFycw';
const PIN = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';
const SERVER = 'https://192.168.0.10:8787';
const BLOB = `/v1/trips/${TRIP}/blobs/${'ab'.repeat(32)}`;

async function setUp(send?: (target: SyncTarget, request: SyncRequest) => Promise<SyncAnswer>) {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'fieldbook-sync-ipc-'));
  const sent: { target: SyncTarget; request: SyncRequest }[] = [];
  const handlers = syncHandlers({
    servers: openSyncServers(path.join(folder, 'sync-servers.json'), fs),
    send:
      send ??
      (async (target, request) => {
        sent.push({ target, request });
        return { outcome: 'answered', status: 200, headers: {}, body: { type: 'text', text: '{}' } };
      }),
  });
  const context = { sender: {} as WebContents };
  // The dispatcher both sides use: the payload is validated against the contract before the handler runs.
  const call = (channel: 'sync:configureServer' | 'sync:request', payload: unknown) =>
    dispatchCall(handlers as unknown as CallHandlers<CallContext>, channel, payload, context);
  return { call, sent };
}

const pull = { tripId: TRIP, origin: SERVER, method: 'GET', path: `/v1/trips/${TRIP}/changes?after=0`, token: TOKEN };
const configure = (fingerprint: string | null, origin = SERVER, tripId = TRIP, replace = false) => ({
  tripId,
  origin,
  fingerprint,
  replace,
});

describe('sync:configureServer and sync:request', () => {
  it('reaches a trip’s server with the pin kept for the trip in the main process, never one a request brings', async () => {
    const { call, sent } = await setUp();
    expect(await call('sync:configureServer', configure(PIN))).toBe('configured');
    expect(await call('sync:request', pull)).toMatchObject({ outcome: 'answered' });
    expect(sent).toEqual([{ target: { origin: SERVER, fingerprint: PIN }, request: pull }]);
    await expect(call('sync:request', { ...pull, fingerprint: 'A'.repeat(52) })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    expect(sent).toHaveLength(1);
  });

  it('refuses every origin but the trip’s server, and every trip not published or joined, before any connection', async () => {
    const { call, sent } = await setUp();
    await call('sync:configureServer', configure(PIN));
    for (const origin of ['https://192.168.0.10:8788', 'https://sync.example.org', 'https://evil.example']) {
      expect(await call('sync:request', { ...pull, origin }), origin).toMatchObject({
        outcome: 'failed',
        error: 'unknown_server',
      });
    }
    const otherTrip = { ...pull, tripId: OTHER_TRIP, path: `/v1/trips/${OTHER_TRIP}/changes?after=0` };
    expect(await call('sync:request', otherTrip)).toMatchObject({ outcome: 'failed', error: 'unknown_server' });
    expect(sent).toEqual([]);
  });

  it('takes a server address only as an origin, plain HTTP only to this computer, and a pin only in its form and over https', async () => {
    const { call, sent } = await setUp();
    for (const origin of [
      'https://192.168.0.10:8787/',
      'https://192.168.0.10:8787/v1',
      'https://user:secret@192.168.0.10:8787',
      'https://192.168.0.10:8787?x=1',
      'https://192.168.0.10:8787#x',
      'https://Sync.Example.org',
      'https://192.168.0.10:99999',
      'http://192.168.0.10:8787',
      'http://sync.example.org',
      'ftp://192.168.0.10',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://',
      '',
    ]) {
      await expect(call('sync:configureServer', configure(null, origin)), origin).rejects.toBeInstanceOf(
        InvalidPayloadError,
      );
      await expect(call('sync:request', { ...pull, origin }), origin).rejects.toBeInstanceOf(InvalidPayloadError);
    }
    for (const fingerprint of [PIN.toLowerCase(), PIN.slice(1), `${PIN.slice(1)}U`, '', 42]) {
      await expect(
        call('sync:configureServer', { ...configure(null), fingerprint }),
        String(fingerprint),
      ).rejects.toBeInstanceOf(InvalidPayloadError);
    }
    await expect(call('sync:configureServer', configure(PIN, 'http://127.0.0.1:8787'))).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    await expect(call('sync:configureServer', { ...configure(PIN), tripId: 'trip' })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    await call('sync:configureServer', configure(null, 'http://127.0.0.1:8787'));
    await call('sync:configureServer', configure(PIN, 'https://[::1]:8787', OTHER_TRIP));
    expect(sent).toEqual([]);
  });

  it('takes only the endpoints of the protocol, with their methods, a token of its form and a body where one goes', async () => {
    const { call, sent } = await setUp();
    await call('sync:configureServer', configure(PIN));
    const joining = { tripId: null, fingerprint: PIN, method: 'POST', path: '/v1/join', token: undefined };
    const refused: Record<string, unknown>[] = [
      // Every request names its trip, and only joining, made before the trip is known, comes with a pin of its own.
      { tripId: null },
      { tripId: undefined },
      { path: `/v1/trips/${OTHER_TRIP}/changes?after=0` },
      { ...joining, tripId: TRIP, body: { type: 'json', text: '{}' } },
      { ...joining, fingerprint: undefined, body: { type: 'json', text: '{}' } },
      { ...joining, token: TOKEN, body: { type: 'json', text: '{}' } },
      { ...joining, origin: 'http://127.0.0.1:8787', body: { type: 'json', text: '{}' } },
      { path: '/v1/info/../trips/x' },
      { path: '/v2/info', method: 'GET' },
      { path: '/v1/info?x=1', method: 'GET' },
      { path: '//evil.example/v1/info', method: 'GET' },
      { path: 'https://evil.example/v1/info', method: 'GET' },
      { path: '/v1/info\r\nX-Injected: 1', method: 'GET' },
      { path: '/v1/info#x', method: 'GET' },
      { path: `/v1/trips/${TRIP.toUpperCase()}/changes?after=0` },
      { path: `/v1/trips/${TRIP}/changes?after=-1` },
      { path: `/v1/trips/${TRIP}/changes?after=1&after=2` },
      { path: `/v1/trips/${TRIP}/changes?after=01` },
      { path: `/v1/trips/${TRIP}/changes?limit=5` },
      { path: `/v1/trips/../changes?after=0` },
      { path: `/v1/trips/${TRIP}/devices/${DEVICE}` },
      { method: 'PUT' },
      { method: 'get' },
      { method: 'OPTIONS' },
      { method: 'CONNECT' },
      { method: 'DELETE' },
      { token: 'short' },
      { token: `${TOKEN}\r\nHost: evil.example` },
      { token: `${TOKEN} x` },
      { body: { type: 'json', text: '{}' } },
      { method: 'POST', path: '/v1/join' },
      { method: 'POST', path: '/v1/join', body: { type: 'json', text: '{not json' } },
      { method: 'POST', path: '/v1/join', body: { type: 'bytes', bytes: new Uint8Array([1]) } },
      { method: 'POST', path: '/v1/join', body: '{"code":"K7QM-2X9PA"}' },
      // 4 MB and one byte of UTF-8 in fewer than 4 M characters.
      {
        method: 'POST',
        path: `/v1/trips/${TRIP}/changes`,
        body: { type: 'json', text: `"${'평'.repeat(1_398_101)}"` },
      },
      // A file's bytes go only to a chunk, and a chunk is at most 1 MiB of them; the file is named by its hash.
      { method: 'PUT', path: `${BLOB}/chunks/0`, body: { type: 'json', text: '{}' } },
      { method: 'PUT', path: `${BLOB}/chunks/0`, body: { type: 'bytes', bytes: new Uint8Array(1024 * 1024 + 1) } },
      { method: 'PUT', path: `${BLOB}/chunks/0`, body: { type: 'bytes', bytes: new Uint8Array() } },
      { method: 'PUT', path: `${BLOB}/chunks/0`, body: { type: 'bytes', bytes: [1, 2, 3] } },
      { method: 'PUT', path: `${BLOB}/chunks/-1`, body: { type: 'bytes', bytes: new Uint8Array([1]) } },
      { method: 'PUT', path: BLOB, body: { type: 'bytes', bytes: new Uint8Array([1]) } },
      { method: 'PUT', path: `${BLOB.toUpperCase()}` },
      { method: 'GET', path: `/v1/trips/${TRIP}/blobs/${'ab'.repeat(31)}` },
      { method: 'POST', path: BLOB, body: { type: 'json', text: '{"size":3}' } },
    ];
    for (const change of refused) {
      await expect(
        call('sync:request', { ...pull, ...change }),
        JSON.stringify(change).slice(0, 100),
      ).rejects.toBeInstanceOf(InvalidPayloadError);
    }
    expect(sent).toEqual([]);
    const accepted: SyncRequest[] = [
      { tripId: TRIP, origin: SERVER, method: 'GET', path: '/v1/info' },
      {
        tripId: null,
        fingerprint: PIN,
        origin: SERVER,
        method: 'POST',
        path: '/v1/join',
        body: { type: 'json', text: '{"code":"K7QM-2X9PA"}' },
      },
      { ...pull, method: 'GET', path: `/v1/trips/${TRIP}/changes?after=1000&limit=500` },
      { ...pull, method: 'GET', path: `/v1/trips/${TRIP}/devices` },
      { ...pull, method: 'DELETE', path: `/v1/trips/${TRIP}/devices/${DEVICE}` },
      {
        ...pull,
        method: 'POST',
        path: `/v1/trips/${TRIP}/changes`,
        body: { type: 'json', text: `"${'평'.repeat(1_398_100)}"` },
      },
      { ...pull, method: 'PUT', path: BLOB, body: { type: 'json', text: '{"size":3}' } },
      { ...pull, method: 'GET', path: BLOB },
      {
        ...pull,
        method: 'PUT',
        path: `${BLOB}/chunks/24`,
        body: { type: 'bytes', bytes: new Uint8Array(1024 * 1024) },
      },
      { ...pull, method: 'GET', path: `${BLOB}/chunks/0` },
    ];
    for (const request of accepted) await call('sync:request', request);
    expect(sent.map(({ request }) => request.path)).toEqual(accepted.map(({ path }) => path));
  });

  it('keeps each trip pinned to its own server, end to end against a real one, whatever another join code says of its address', async () => {
    const made = await generate([{ name: 'commonName', value: 'Fieldbook sync server' }], {
      keyType: 'ec',
      algorithm: 'sha256',
    });
    const fingerprint = base32(Buffer.from(new X509Certificate(made.cert).fingerprint256.replaceAll(':', ''), 'hex'));
    const server = createServer({ key: made.private, cert: made.cert }, (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ protocol: 1, name: request.headers['fieldbook-protocol'] }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { call } = await setUp(sendSyncRequest);
      const info = (tripId: string) => call('sync:request', { tripId, origin, method: 'GET', path: '/v1/info' });
      await call('sync:configureServer', configure(fingerprint, origin));
      expect(await info(TRIP)).toEqual({
        outcome: 'answered',
        status: 200,
        headers: {},
        body: { type: 'text', text: `{"protocol":1,"name":"${PROTOCOL}"}` },
      });
      // Another trip's join code names the same address with another certificate: that trip's pin, not this one's.
      await call('sync:configureServer', configure('A'.repeat(52), origin, OTHER_TRIP));
      expect(await info(TRIP)).toMatchObject({ outcome: 'answered', status: 200 });
      expect(await info(OTHER_TRIP)).toMatchObject({ outcome: 'failed', error: 'certificate_changed' });
      // This trip's own server with another certificate: refused until the user confirms it.
      expect(await call('sync:configureServer', configure('A'.repeat(52), origin))).toBe('changed');
      expect(await info(TRIP)).toMatchObject({ outcome: 'answered', status: 200 });
      expect(await call('sync:configureServer', configure('A'.repeat(52), origin, TRIP, true))).toBe('configured');
      expect(await info(TRIP)).toMatchObject({ outcome: 'failed', error: 'certificate_changed' });
      // Joining, before its trip is known, goes under the join code's pin.
      const join = { tripId: null, origin, method: 'POST', path: '/v1/join', body: { type: 'json', text: '{}' } };
      expect(await call('sync:request', { ...join, fingerprint })).toMatchObject({ outcome: 'answered' });
      expect(await call('sync:request', { ...join, fingerprint: 'A'.repeat(52) })).toMatchObject({
        outcome: 'failed',
        error: 'certificate_changed',
      });
    } finally {
      server.close();
    }
  });
});
