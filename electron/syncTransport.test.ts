import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { SyncRequest } from '@shared/ipc/contract';
import { PROTOCOL } from '@shared/sync/client';
import { base32 } from '@shared/sync/fingerprint';
import { generate } from 'selfsigned';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, fingerprintOfDer, type SyncTarget, sendSyncRequest } from './syncTransport';

interface Certificate {
  key: string;
  cert: string;
  fingerprint: string;
}

/** A certificate like the one the server makes itself (server/tls/certificate.ts), naming 127.0.0.1. */
async function makeCertificate(): Promise<Certificate> {
  const made = await generate([{ name: 'commonName', value: 'Fieldbook sync server' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  // Node's own SHA-256 of the certificate, so the transport's fingerprint is checked against another computation.
  const sha256 = Buffer.from(new X509Certificate(made.cert).fingerprint256.replaceAll(':', ''), 'hex');
  return { key: made.private, cert: made.cert, fingerprint: base32(sha256) };
}

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

const TRIP = '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const TOKEN = 'dGhpcy1pcy1hLWRldmljZS10b2tlbi1vZi00My1jaGFycw';

const PUSHED = JSON.stringify({ changes: [{ value: '현 예산의 1/4~1/5' }] });
const push: SyncRequest = {
  tripId: TRIP,
  origin: 'https://127.0.0.1',
  method: 'POST',
  path: `/v1/trips/${TRIP}/changes`,
  token: TOKEN,
  body: { type: 'json', text: PUSHED },
};

/** Answers every request with `{ ok: true }` (or what `answer` writes) and keeps what it received. */
function recordingHandler(seen: Seen[], answer?: (response: ServerResponse) => void) {
  return (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      if (answer) answer(response);
      else {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ ok: true, name: '東京' }));
      }
    });
  };
}

const open: { close(): void }[] = [];
afterEach(() => {
  for (const server of open.splice(0)) server.close();
});

async function listen<S extends Server | ReturnType<typeof createTlsServer> | ReturnType<typeof createTcpServer>>(
  server: S,
  port = 0,
): Promise<number> {
  open.push(server);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/**
 * A TLS server that speaks no HTTP: it counts the connections made to it and
 * every byte it received over TLS, and tells when each connection closed.
 */
async function tlsRecorder(certificate: Certificate, port = 0) {
  const record = { connections: 0, bytes: 0, closed: [] as Promise<unknown>[] };
  const server = createTlsServer({ key: certificate.key, cert: certificate.cert }, (socket: TLSSocket) => {
    socket.on('data', (chunk: Buffer) => {
      record.bytes += chunk.byteLength;
    });
    socket.on('error', () => {});
  });
  server.on('connection', (socket) => {
    record.connections += 1;
    record.closed.push(once(socket, 'close'));
  });
  server.on('tlsClientError', () => {});
  return { record, port: await listen(server, port) };
}

/** What a client that trusts any certificate would send: the recorder does see it. */
function sendUnchecked(port: number): Promise<void> {
  return new Promise((resolve) => {
    const asked = httpsRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/join',
      rejectUnauthorized: false,
    });
    asked.on('error', () => resolve());
    asked.setTimeout(300, () => {
      asked.destroy();
      resolve();
    });
    asked.end('{"code":"K7QM-2X9PA"}');
  });
}

let pinned: Certificate;
let other: Certificate;
beforeAll(async () => {
  [pinned, other] = await Promise.all([makeCertificate(), makeCertificate()]);
});

describe('the desktop transport to the sync server', () => {
  it('computes the fingerprint the server prints and the join code carries', () => {
    expect(fingerprintOfDer(new X509Certificate(pinned.cert).raw)).toBe(pinned.fingerprint);
    expect(pinned.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{52}$/);
  });

  it('sends a request to the server whose self-made certificate it pinned: token, body, protocol header', async () => {
    const seen: Seen[] = [];
    const port = await listen(createHttpsServer({ key: pinned.key, cert: pinned.cert }, recordingHandler(seen)));
    const target: SyncTarget = { origin: `https://127.0.0.1:${port}`, fingerprint: pinned.fingerprint };
    const answer = await sendSyncRequest(target, { ...push, origin: target.origin });
    expect(answer).toEqual({
      outcome: 'answered',
      status: 200,
      headers: {},
      body: { type: 'text', text: JSON.stringify({ ok: true, name: '東京' }) },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: `/v1/trips/${TRIP}/changes`, body: PUSHED });
    expect(seen[0]?.headers).toMatchObject({
      host: `127.0.0.1:${port}`,
      authorization: `Bearer ${TOKEN}`,
      'fieldbook-protocol': String(PROTOCOL),
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(PUSHED)),
    });
  });

  it('carries a chunk of a file as raw bytes both ways, pinned as any request', async () => {
    const chunk = new Uint8Array(256 * 1024).map((_, i) => (i * 31) % 256);
    const sha = 'ab'.repeat(32);
    const received: { type: string | undefined; length: string | undefined; bytes: Buffer }[] = [];
    const port = await listen(
      createHttpsServer({ key: pinned.key, cert: pinned.cert }, (request, response) => {
        const parts: Buffer[] = [];
        request.on('data', (part: Buffer) => parts.push(part));
        request.on('end', () => {
          const bytes = Buffer.concat(parts);
          received.push({ type: request.headers['content-type'], length: request.headers['content-length'], bytes });
          if (request.method === 'PUT') {
            response.writeHead(200, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify({ stored: bytes.byteLength }));
          } else {
            response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
            response.end(Buffer.from(chunk));
          }
        });
      }),
    );
    const target: SyncTarget = { origin: `https://127.0.0.1:${port}`, fingerprint: pinned.fingerprint };
    const path = `/v1/trips/${TRIP}/blobs/${sha}/chunks/0`;
    const put = await sendSyncRequest(target, {
      tripId: TRIP,
      origin: target.origin,
      method: 'PUT',
      path,
      token: TOKEN,
      body: { type: 'bytes', bytes: chunk },
    });
    expect(put).toMatchObject({ status: 200, body: { type: 'text', text: '{"stored":262144}' } });
    expect(received[0]?.type).toBe('application/octet-stream');
    expect(received[0]?.length).toBe(String(chunk.byteLength));
    expect(received[0]?.bytes.equals(Buffer.from(chunk))).toBe(true);

    const got = await sendSyncRequest(target, {
      tripId: TRIP,
      origin: target.origin,
      method: 'GET',
      path,
      token: TOKEN,
    });
    if (got.outcome !== 'answered' || got.body.type !== 'bytes') throw new Error('no bytes came back');
    expect(Buffer.from(got.body.bytes).equals(Buffer.from(chunk))).toBe(true);
  });

  it('refuses another certificate under the same address as certificate_changed, and the server receives not one byte', async () => {
    // The server the device joined, reached once with its pin...
    const seen: Seen[] = [];
    const real = createHttpsServer({ key: pinned.key, cert: pinned.cert }, recordingHandler(seen));
    const port = await listen(real);
    const target: SyncTarget = { origin: `https://127.0.0.1:${port}`, fingerprint: pinned.fingerprint };
    expect((await sendSyncRequest(target, { ...push, origin: target.origin })).outcome).toBe('answered');
    real.close();
    await once(real, 'close');
    // ...then someone else at the same address and port, with a certificate of their own.
    const { record } = await tlsRecorder(other, port);
    const answer = await sendSyncRequest(target, { ...push, origin: target.origin });
    expect(answer).toMatchObject({ outcome: 'failed', error: 'certificate_changed' });
    expect(answer.outcome === 'failed' && answer.message).toContain(other.fingerprint);
    await Promise.all(record.closed);
    expect(record.connections).toBe(1);
    expect(record.bytes).toBe(0);
    expect(seen).toHaveLength(1);
    // The recorder would have seen a request, had one been sent.
    await sendUnchecked(port);
    expect(record.bytes).toBeGreaterThan(0);
  });

  it('takes a pin as the whole check: the right certificate is refused when another was pinned', async () => {
    const { record, port } = await tlsRecorder(pinned);
    const answer = await sendSyncRequest(
      { origin: `https://127.0.0.1:${port}`, fingerprint: other.fingerprint },
      { tripId: TRIP, origin: `https://127.0.0.1:${port}`, method: 'GET', path: '/v1/info' },
    );
    expect(answer).toMatchObject({ outcome: 'failed', error: 'certificate_changed' });
    await Promise.all(record.closed);
    expect(record.connections).toBe(1);
    expect(record.bytes).toBe(0);
  });

  it('without a pin, validates HTTPS as usual: a self-made certificate is refused before anything is sent', async () => {
    const { record, port } = await tlsRecorder(pinned);
    const target: SyncTarget = { origin: `https://127.0.0.1:${port}`, fingerprint: null };
    const answer = await sendSyncRequest(target, { ...push, origin: target.origin });
    expect(answer).toMatchObject({ outcome: 'failed', error: 'certificate_changed' });
    await Promise.all(record.closed);
    expect(record.connections).toBe(1);
    expect(record.bytes).toBe(0);
  });

  it('speaks plain HTTP to a server on loopback, and passes Retry-After on', async () => {
    const seen: Seen[] = [];
    const server = createHttpServer(
      recordingHandler(seen, (response) => {
        response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7' });
        response.end(JSON.stringify({ error: 'rate_limited', message: 'Too many requests.' }));
      }),
    );
    const port = await listen(server);
    const origin = `http://127.0.0.1:${port}`;
    const answer = await sendSyncRequest(
      { origin, fingerprint: null },
      { tripId: TRIP, origin, method: 'GET', path: '/v1/info' },
    );
    expect(answer).toEqual({
      outcome: 'answered',
      status: 429,
      headers: { 'retry-after': '7' },
      body: { type: 'text', text: JSON.stringify({ error: 'rate_limited', message: 'Too many requests.' }) },
    });
    expect(seen).toMatchObject([{ method: 'GET', url: '/v1/info', body: '' }]);
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.headers['fieldbook-protocol']).toBe(String(PROTOCOL));
  });

  it('is offline when nobody listens or nothing answers in time, and refuses an answer over its size', async () => {
    const closed = createTcpServer();
    const closedPort = await listen(closed);
    closed.close();
    await once(closed, 'close');
    const nowhere = `http://127.0.0.1:${closedPort}`;
    expect(
      await sendSyncRequest(
        { origin: nowhere, fingerprint: null },
        { tripId: TRIP, origin: nowhere, method: 'GET', path: '/v1/info' },
      ),
    ).toMatchObject({ outcome: 'failed', error: 'offline' });

    const silent = createTcpServer((socket) => socket.on('error', () => {}));
    const silentOrigin = `http://127.0.0.1:${await listen(silent)}`;
    const quick = { ...DEFAULT_LIMITS, idleMs: 200 };
    expect(
      await sendSyncRequest(
        { origin: silentOrigin, fingerprint: null },
        { tripId: TRIP, origin: silentOrigin, method: 'GET', path: '/v1/info' },
        quick,
      ),
    ).toMatchObject({ outcome: 'failed', error: 'offline' });
    const silentTls = createTlsServer({ key: pinned.key, cert: pinned.cert }, (socket) => socket.on('error', () => {}));
    const silentTlsOrigin = `https://127.0.0.1:${await listen(silentTls)}`;
    expect(
      await sendSyncRequest(
        { origin: silentTlsOrigin, fingerprint: pinned.fingerprint },
        { tripId: TRIP, origin: silentTlsOrigin, method: 'GET', path: '/v1/info' },
        { ...DEFAULT_LIMITS, totalMs: 300 },
      ),
    ).toMatchObject({ outcome: 'failed', error: 'offline' });

    const large = createHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ text: 'x'.repeat(5000) }));
    });
    const largeOrigin = `http://127.0.0.1:${await listen(large)}`;
    expect(
      await sendSyncRequest(
        { origin: largeOrigin, fingerprint: null },
        { tripId: TRIP, origin: largeOrigin, method: 'GET', path: '/v1/info' },
        { ...DEFAULT_LIMITS, answerBytes: 1024 },
      ),
    ).toMatchObject({ outcome: 'failed', error: 'server_error' });
  });
});
