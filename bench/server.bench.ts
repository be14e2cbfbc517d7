// @vitest-environment node
/**
 * The sync server on loopback: 10,000 changes written on three devices,
 * pushed in batches of 1,000 and pulled by each device until all three hold
 * every change, against the floor of the same pushes and pulls as plain SQL
 * on the same database: each batch inserted in a transaction of its own, the
 * three devices at once, then each device reading the whole log in pages of
 * 1,000; the difference is what signing the bundles, HTTP and the server's
 * checks, trip lock and page weights add. On PGlite, and on PostgreSQL when
 * FIELDBOOK_TEST_POSTGRES_URL names a cluster (scripts/withPostgres.sh).
 */
import type { Change } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterAll, beforeAll, test } from 'vitest';
import { describeEachBackend } from '../server/test/backends';
import {
  changesOf,
  joinAs,
  publishTrip,
  pullAll,
  push,
  startServer,
  type TestDevice,
  type TestServer,
} from '../server/test/harness';

const CHANGES = 10_000;
const BATCH = 1000;

const INSERT = `INSERT INTO changes
    (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by, bundle_id, checkpoint)
  SELECT $1::text, c->>'id', c->>'table', c->>'recordId', c->>'path', c->'value', c->>'hlc', c->>'base',
    c->>'deviceId', c->>'memberId', $2::text, c->>'bundle', false
  FROM json_array_elements($3::json) AS batch (c)`;
const PAGE = `SELECT seq, id, table_name, record_id, trip_id, path, value, hlc, base, device_id, member_id, bundle_id
  FROM changes WHERE trip_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`;

/** Answers written on one device: two leaves each, as a member's note is. */
const answersOf = (device: TestDevice, count: number): Change[] =>
  Array.from({ length: count / 2 }, (_, i) =>
    changesOf(device, 'checklistAnswers', v7(), { 'body/text': `현 예산의 1/4~1/5 (${i})`, 'body/lang': 'ko' }),
  ).flat();

describeEachBackend('sync server', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  test(`${CHANGES.toLocaleString('en')} changes from three devices until all converge`, async ({ bench }) => {
    let devices: TestDevice[] = [];
    let written: Change[][] = [];
    const newTrip = async () => {
      const { organiser, members } = await publishTrip(server, ['김민수', '山田花子']);
      devices = [organiser, ...(await Promise.all(members.map((member) => joinAs(server, organiser, member.id))))];
      const share = Math.ceil(CHANGES / devices.length / 2) * 2;
      written = devices.map((device) => answersOf(device, share));
    };
    await bench.compare(
      bench('floor: the same pushes and pulls as plain SQL (baseline)', { beforeEach: newTrip }, async () => {
        const { storage } = server;
        await Promise.all(
          devices.map(async (device, i) => {
            const mine = written[i] ?? [];
            for (let start = 0; start < mine.length; start += BATCH) {
              const batch = JSON.stringify(mine.slice(start, start + BATCH));
              await storage.transaction((tx) => tx.query(INSERT, [device.tripId, device.deviceId, batch]));
            }
          }),
        );
        const held = await Promise.all(
          devices.map(async (device) => {
            let rows = 0;
            for (let after = 0; ; ) {
              const page = await storage.query<{ seq: number | string }>(PAGE, [device.tripId, after]);
              rows += page.length;
              if (page.length < BATCH) return rows;
              after = Number(page.at(-1)?.seq);
            }
          }),
        );
        if (held.some((rows) => rows < CHANGES)) throw new Error('Not converged');
      }),
      bench('pushed by three devices, pulled by each', { beforeEach: newTrip }, async () => {
        await Promise.all(
          devices.map(async (device, i) => {
            const mine = written[i] ?? [];
            for (let start = 0; start < mine.length; start += BATCH) {
              const answer = await push(server, device, mine.slice(start, start + BATCH));
              if (answer.status !== 200) throw new Error(`Push refused: ${JSON.stringify(answer.body)}`);
            }
          }),
        );
        const held = await Promise.all(devices.map((device) => pullAll(server, device)));
        if (held.some((changes) => changes.length < CHANGES)) throw new Error('Not converged');
      }),
      { iterations: 5, time: 0 },
    );
  }, 600_000);
});
