import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Connection, httpSyncServer, PROTOCOL, request, SyncError } from './client';

/** A loopback HTTP server that answers each path as told, and remembers what it was sent. */
let server: Server;
let baseUrl = '';
const seen: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = [];
const chunks: Buffer[] = [];
const SHA = 'ab'.repeat(32);
const TRIP = '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const status = { sha256: SHA, size: 3, complete: true, have: [0] };
const answers: Record<string, [number, string]> = {
  '/v1/info': [
    200,
    JSON.stringify({ protocol: 1, minProtocol: 1, serverTime: '1996-10-22T06:30:00.000Z', name: 'STEPI' }),
  ],
  '/v1/old': [426, JSON.stringify({ error: 'protocol_too_new', message: 'This server speaks protocol 0' })],
  '/v1/ahead': [
    409,
    JSON.stringify({ error: 'clock_ahead', message: 'ahead', serverTime: '1996-10-22T06:30:00.000Z' }),
  ],
  '/v1/broken': [500, 'Internal Server Error'],
  '/v1/strange': [400, JSON.stringify({ error: 'made_up', message: 'a code of no protocol' })],
  '/v1/odd': [200, JSON.stringify({ protocol: 'one' })],
};
// A page holding a change the server should have refused: a stamp of a megabyte.
const pulled = {
  id: '0192f3c4-1a2b-7c3d-8e4f-000000000001',
  table: 'trips',
  hlc: `00000m5ld3g-00000-${'d'.repeat(1 << 20)}`,
};
answers[`/v1/trips/${TRIP}/changes?after=0`] = [
  200,
  JSON.stringify({
    changes: [{ ...pulled, seq: 1 }],
    next: 1,
    more: false,
    remaining: 0,
    serverTime: '1996-10-22T06:30:00.000Z',
  }),
];

beforeAll(async () => {
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(parts);
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: body.toString('utf8') });
      if (req.url?.endsWith('/chunks/0')) {
        // A chunk sent comes back as it was: what a chunk of a complete file answers.
        chunks.push(body);
        if (req.method === 'PUT')
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(status));
        else res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(chunks[0]);
        return;
      }
      const [code, text] = answers[req.url ?? ''] ?? [404, JSON.stringify({ error: 'not_found' })];
      res.writeHead(code, { 'Content-Type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const connection = (token?: string): Connection => ({ baseUrl, fetch, ...(token ? { token } : {}) });
const info = z.object({ protocol: z.number(), name: z.string() });

describe('the sync client', () => {
  it('sends the protocol version, the device token and JSON, and reads the answer by its schema', async () => {
    expect(await request(connection('secret-token'), 'POST', '/info', info, { hello: '안녕' })).toEqual({
      protocol: 1,
      name: 'STEPI',
    });
    const sent = seen.at(-1);
    expect(sent?.headers['fieldbook-protocol']).toBe(String(PROTOCOL));
    expect(sent?.headers.authorization).toBe('Bearer secret-token');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ hello: '안녕' });
  });

  it('sends a chunk of a file as raw bytes and reads one back as bytes; a file the server lacks has no status', async () => {
    const server = httpSyncServer(connection('secret-token'));
    expect(await server.putChunk(TRIP, SHA, 0, new Uint8Array([0xff, 0, 0x80]))).toEqual(status);
    expect(seen.at(-1)?.headers['content-type']).toBe('application/octet-stream');
    expect([...(chunks[0] ?? [])]).toEqual([0xff, 0, 0x80]);
    expect([...(await server.getChunk(TRIP, SHA, 0))]).toEqual([0xff, 0, 0x80]);
    expect(await server.blobStatus(TRIP, SHA)).toBeNull();
  });

  it('reads a page of changes whatever its changes hold but their ids: each is checked as it is applied', async () => {
    const page = await httpSyncServer(connection('secret-token')).pull(TRIP, 0);
    expect(page).toMatchObject({ changes: [pulled], next: 1, more: false });
  });

  it('turns every refusal and failure into a SyncError with its code', async () => {
    const codeOf = (path: string) =>
      request(connection(), 'GET', path, info).then(
        () => 'no error',
        (error: unknown) => (error instanceof SyncError ? [error.code, error.serverTime] : String(error)),
      );
    expect(await codeOf('/old')).toEqual(['protocol_too_new', null]);
    expect(await codeOf('/ahead')).toEqual(['clock_ahead', '1996-10-22T06:30:00.000Z']);
    expect(await codeOf('/broken')).toEqual(['server_error', null]);
    expect(await codeOf('/odd')).toEqual(['server_error', null]);
    expect(await codeOf('/nowhere')).toEqual(['not_found', null]);
    expect(await codeOf('/strange')).toEqual(['server_error', null]);
    const offline = await request({ baseUrl: 'http://127.0.0.1:9', fetch }, 'GET', '/info', info).catch(
      (error: unknown) => error,
    );
    expect(offline).toMatchObject({ code: 'offline' });
  });
});
