import { createHash } from 'node:crypto';
import { createHlcClock } from '@shared/sync/hlc';
import { newSigningKey } from '@shared/sync/signing';
import { v7 } from 'uuid';
import { afterEach, expect, it } from 'vitest';
import { hashSecret, newToken } from '../codes';
import { describeEachBackend } from '../test/backends';
import { call, getChunk, pullAll, putChunk, startServer, type TestDevice, type TestServer } from '../test/harness';
import { migrate, readMigrations } from './migrate';

describeEachBackend('schema step 0004: the bytes of attachments', (backend) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await server?.storage.close();
    server = undefined;
  });

  it('starts on a database of protocol 3, keeps its log, and stores files from then on', async () => {
    const { storage } = await backend.open();
    const migrations = await readMigrations();
    expect(migrations[3]?.name).toBe('0004_attachment_bytes.sql');
    await migrate(storage, migrations.slice(0, 3));
    // A trip published and synced by a server of protocol 3.
    const tripId = v7();
    const deviceId = v7();
    const memberId = v7();
    const token = newToken();
    await storage.query(
      `INSERT INTO trips (id, organiser_member_id, setup_code_hash, published_at) VALUES ($1, $2, 'x', now())`,
      [tripId, memberId],
    );
    await storage.query(
      `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at)
       VALUES ($1, $2, $3, '주최자 노트북', true, $4, now())`,
      [deviceId, tripId, memberId, hashSecret(token)],
    );
    const change = { id: v7(), recordId: v7(), hlc: createHlcClock(deviceId).tick() };
    await storage.query(
      `INSERT INTO changes (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by)
       VALUES ($1, $2, 'attachments', $3, 'fileName', '"명함.jpg"', $4, NULL, $5, $6, $5)`,
      [tripId, change.id, change.recordId, change.hlc, deviceId, memberId],
    );

    server = await startServer(storage);
    const device: TestDevice = {
      token,
      deviceId,
      tripId,
      memberId,
      clock: createHlcClock(deviceId),
      signingKey: await newSigningKey(),
    };
    expect((await pullAll(server, device)).map((pulled) => [pulled.id, pulled.path, pulled.value])).toEqual([
      [change.id, 'fileName', '명함.jpg'],
    ]);
    const bytes = new TextEncoder().encode('福岡県庁の名刺');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = `/trips/${tripId}/blobs/${sha256}`;
    expect((await call(server.url, 'PUT', path, { token, body: { size: bytes.byteLength } })).status).toBe(200);
    expect((await putChunk(server, device, sha256, 0, bytes)).body.complete).toBe(true);
    expect(Buffer.from((await getChunk(server, device, sha256, 0)).bytes).toString('utf8')).toBe('福岡県庁の名刺');
  }, 30_000);
});
