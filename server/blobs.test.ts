import { createHash, randomBytes } from 'node:crypto';
import { CHUNK_BYTES, MAX_BLOB_BYTES } from '@shared/sync/blobs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  getChunk,
  joinAs,
  publishTrip,
  putChunk,
  startServer,
  type TestDevice,
  type TestServer,
} from './test/harness';

/** A photo of `size` random bytes and its name on the server. */
function photo(size: number) {
  const bytes = new Uint8Array(randomBytes(size));
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const chunkOf = (bytes: Uint8Array<ArrayBuffer>, index: number) =>
  bytes.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);

describeEachBackend('the bytes of attachments', (backend) => {
  let server: TestServer;
  let trip: Awaited<ReturnType<typeof publishTrip>>;
  let member: TestDevice;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
    trip = await publishTrip(server, ['김민수']);
    member = await joinAs(server, trip.organiser, trip.members[0]?.id ?? '');
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  const blobPath = (device: TestDevice, sha256: string) => `/trips/${device.tripId}/blobs/${sha256}`;
  const begin = (device: TestDevice, sha256: string, size: number) =>
    call(server.url, 'PUT', blobPath(device, sha256), { token: device.token, body: { size } });
  const status = (device: TestDevice, sha256: string) =>
    call(server.url, 'GET', blobPath(device, sha256), { token: device.token });
  /** What the database keeps of a file: its chunks, whatever the endpoints say. */
  const chunksKept = async (sha256: string) =>
    Number(
      (
        await server.storage.query<{ n: string }>('SELECT count(*) AS n FROM blob_chunks WHERE sha256 = $1', [sha256])
      )[0]?.n,
    );

  it('takes a file in chunks, completes it with the last, and gives it back chunk by chunk, byte for byte', async () => {
    const { bytes, sha256 } = photo(2 * CHUNK_BYTES + 12_345);
    const begun = await begin(trip.organiser, sha256, bytes.byteLength);
    expect(begun.body).toEqual({ sha256, size: bytes.byteLength, complete: false, have: [] });
    expect((await getChunk(server, member, sha256, 0)).status).toBe(404);

    const answers = [];
    for (const index of [0, 1, 2])
      answers.push(await putChunk(server, trip.organiser, sha256, index, chunkOf(bytes, index)));
    expect(answers.map((answer) => [answer.status, answer.body.complete, answer.body.have])).toEqual([
      [200, false, [0]],
      [200, false, [0, 1]],
      [200, true, [0, 1, 2]],
    ]);
    expect((await status(member, sha256)).body).toMatchObject({ complete: true, size: bytes.byteLength });
    const back = await Promise.all([0, 1, 2].map((index) => getChunk(server, member, sha256, index)));
    expect(back.map((chunk) => [chunk.status, chunk.type, chunk.bytes.byteLength])).toEqual([
      [200, 'application/octet-stream', CHUNK_BYTES],
      [200, 'application/octet-stream', CHUNK_BYTES],
      [200, 'application/octet-stream', 12_345],
    ]);
    expect(Buffer.concat(back.map((chunk) => chunk.bytes)).equals(bytes)).toBe(true);
    expect((await getChunk(server, member, sha256, 3)).status).toBe(404);
  });

  it('resumes an upload cut short: begun again, it says which chunks it holds, and the missing ones complete it', async () => {
    const { bytes, sha256 } = photo(3 * CHUNK_BYTES);
    await begin(member, sha256, bytes.byteLength);
    await putChunk(server, member, sha256, 0, chunkOf(bytes, 0));
    await putChunk(server, member, sha256, 2, chunkOf(bytes, 2));
    // The connection was cut here; the device asks where the upload stands and sends only what is missing.
    const resumed = await begin(member, sha256, bytes.byteLength);
    expect(resumed.body).toEqual({ sha256, size: bytes.byteLength, complete: false, have: [0, 2] });
    const last = await putChunk(server, member, sha256, 1, chunkOf(bytes, 1));
    expect(last.body.complete).toBe(true);
    // A chunk sent again after completion (its answer was lost) changes nothing.
    expect((await putChunk(server, member, sha256, 1, chunkOf(bytes, 1))).body.complete).toBe(true);
    expect(await chunksKept(sha256)).toBe(3);
  });

  it('refuses bytes that are not the file named, and keeps nothing of them', async () => {
    const { bytes, sha256 } = photo(CHUNK_BYTES + 10);
    const forged = photo(CHUNK_BYTES + 10).bytes;
    await begin(member, sha256, bytes.byteLength);
    await putChunk(server, member, sha256, 0, chunkOf(bytes, 0));
    const refused = await putChunk(server, member, sha256, 1, chunkOf(forged, 1));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('hash_mismatch');
    expect((await status(member, sha256)).status).toBe(404);
    expect((await getChunk(server, trip.organiser, sha256, 0)).status).toBe(404);
    expect(await chunksKept(sha256)).toBe(0);

    // The true bytes go up afterwards as if nothing had happened.
    await begin(member, sha256, bytes.byteLength);
    await putChunk(server, member, sha256, 0, chunkOf(bytes, 0));
    expect((await putChunk(server, member, sha256, 1, chunkOf(bytes, 1))).body.complete).toBe(true);
  });

  it('keeps a file once per trip: a second device holding it finds it complete and sends nothing', async () => {
    const { bytes, sha256 } = photo(CHUNK_BYTES / 2);
    await begin(trip.organiser, sha256, bytes.byteLength);
    await putChunk(server, trip.organiser, sha256, 0, bytes);
    const second = await begin(member, sha256, bytes.byteLength);
    expect(second.body).toEqual({ sha256, size: bytes.byteLength, complete: true, have: [0] });
    expect(await chunksKept(sha256)).toBe(1);
  });

  it('holds a file to 25 MB, a chunk to 1 MiB and to its place in the file, sent as bytes', async () => {
    const { bytes, sha256 } = photo(CHUNK_BYTES + 100);
    const tooLarge = await begin(member, sha256, MAX_BLOB_BYTES + 1);
    expect([tooLarge.status, tooLarge.body.error]).toEqual([413, 'too_large']);
    expect((await begin(member, photo(10).sha256, MAX_BLOB_BYTES)).status).toBe(200);
    for (const size of [0, -1, 1.5, '10']) expect((await begin(member, sha256, size as number)).status).toBe(400);

    await begin(member, sha256, bytes.byteLength);
    const over = await putChunk(server, member, sha256, 0, new Uint8Array(CHUNK_BYTES + 1));
    expect([over.status, over.body.error]).toEqual([413, 'too_large']);
    const short = await putChunk(server, member, sha256, 0, chunkOf(bytes, 0).slice(1));
    expect([short.status, short.body.error]).toEqual([400, 'invalid_body']);
    const beyond = await putChunk(server, member, sha256, 2, new Uint8Array(10));
    expect([beyond.status, beyond.body.error]).toEqual([400, 'invalid_body']);
    const asJson = await putChunk(server, member, sha256, 0, chunkOf(bytes, 0), 'application/json');
    expect([asJson.status, asJson.body.error]).toEqual([400, 'invalid_body']);
    const notBegun = await putChunk(server, member, photo(10).sha256, 0, new Uint8Array(10));
    expect([notBegun.status, notBegun.body.error]).toEqual([404, 'not_found']);
    const sizeDiffers = await begin(trip.organiser, sha256, bytes.byteLength + 1);
    expect([sizeDiffers.status, sizeDiffers.body.error]).toEqual([400, 'invalid_body']);
    for (const name of ['ABC', sha256.toUpperCase(), `${sha256}0`]) {
      expect((await status(member, name)).status).toBe(400);
    }
    expect(await chunksKept(sha256)).toBe(0);
  });

  it('keeps each trip’s files from every other trip’s devices', async () => {
    const { bytes, sha256 } = photo(1000);
    await begin(trip.organiser, sha256, bytes.byteLength);
    await putChunk(server, trip.organiser, sha256, 0, bytes);
    const other = await publishTrip(server, ['山田花子']);

    // By the other trip's address: its token opens its own trip only.
    const outsider = { ...other.organiser, tripId: trip.tripId };
    expect((await status(outsider, sha256)).body.error).toBe('forbidden');
    expect((await getChunk(server, other.organiser, sha256, 0, trip.tripId)).status).toBe(403);
    expect((await begin(outsider, sha256, bytes.byteLength)).status).toBe(403);
    expect((await putChunk(server, outsider, sha256, 0, bytes)).status).toBe(403);
    // By its own trip's address, the same name is a file its trip does not have.
    expect((await status(other.organiser, sha256)).status).toBe(404);
    expect((await getChunk(server, other.organiser, sha256, 0)).status).toBe(404);
    // And it can upload its own copy, which is its own: the first trip's stays as it was.
    expect((await begin(other.organiser, sha256, bytes.byteLength)).body.have).toEqual([]);
    expect((await status(trip.organiser, sha256)).body.complete).toBe(true);
  });
});
