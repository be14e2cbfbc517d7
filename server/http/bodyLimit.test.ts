import { connect } from 'node:net';
import { CHUNK_BYTES } from '@shared/sync/blobs';
import { PROTOCOL } from '@shared/sync/client';
import { MAX_BODY_BYTES } from '@shared/sync/endpoints';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../test/backends';
import { publishTrip, startServer, type TestServer } from '../test/harness';
import { DRAIN_BYTES } from './bodyLimit';

/**
 * A client that writes its whole request, each piece once the last was taken,
 * and only then reads the answer; a write that fails ends it there, as it
 * ends many a client.
 */
function writeThenRead(url: string, head: string, body: Uint8Array, declared = body.byteLength): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('error', (error) => resolve(`write failed: ${error.message}`));
    socket.on('connect', async () => {
      const write = (piece: Uint8Array | string) =>
        new Promise<void>((done, fail) => socket.write(piece, (error) => (error ? fail(error) : done())));
      try {
        await write(`${head}Content-Length: ${declared}\r\nConnection: close\r\n\r\n`);
        for (let at = 0; at < body.byteLength; at += 64 * 1024) await write(body.subarray(at, at + 64 * 1024));
      } catch (error) {
        resolve(`write failed: ${(error as Error).message}`);
        return;
      }
      socket.on('end', () => resolve(answer));
    });
  });
}

const statusAndBody = (answer: string) => {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: head.split(' ')[1], body: body ? JSON.parse(body) : undefined };
};

describeEachBackend('a body over its limit', (backend) => {
  let server: TestServer;
  let trip: Awaited<ReturnType<typeof publishTrip>>;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
    trip = await publishTrip(server);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  const head = (method: string, path: string, type: string) =>
    `${method} /v1${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nFieldbook-Protocol: ${PROTOCOL}\r\n` +
    `Authorization: Bearer ${trip.organiser.token}\r\nContent-Type: ${type}\r\n`;

  it('is answered too_large once the client has written it all, so a client that writes before it reads sees why', async () => {
    const push = await writeThenRead(
      server.url,
      head('POST', `/trips/${trip.tripId}/changes`, 'application/json'),
      new Uint8Array(MAX_BODY_BYTES + 1024 * 1024).fill(0x20),
    );
    expect(statusAndBody(push)).toMatchObject({ status: '413', body: { error: 'too_large' } });
    const chunk = await writeThenRead(
      server.url,
      head('PUT', `/trips/${trip.tripId}/blobs/${'ab'.repeat(32)}/chunks/0`, 'application/octet-stream'),
      new Uint8Array(2 * CHUNK_BYTES),
    );
    expect(statusAndBody(chunk)).toMatchObject({
      status: '413',
      body: { error: 'too_large', message: `A chunk is at most ${CHUNK_BYTES} bytes.` },
    });
  });

  it('is answered at once when it says it is longer than the server would read, without waiting for it', async () => {
    const path = `/trips/${trip.tripId}/changes`;
    const answer = await writeThenRead(
      server.url,
      head('POST', path, 'application/json'),
      new Uint8Array(),
      DRAIN_BYTES + 1,
    );
    expect(statusAndBody(answer)).toMatchObject({ status: '413', body: { error: 'too_large' } });
  });
});
