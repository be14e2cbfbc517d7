// @vitest-environment node
/**
 * The app's side of sync at full size, over fake-indexeddb in Node (the same
 * Dexie code as in the app; IndexedDB in a browser costs differently):
 * - a new device's first sync of a whole trip (17 members, 20 visits, 2,040
 *   answers, 300 Q&A notes, minutes everywhere: bench/bigTrip.ts) from the
 *   real sync server on loopback (PGlite), joining with an invitation and
 *   syncing with the app's own joinTrip and syncTrip, from the snapshot the
 *   organiser's device made and, as before snapshots, pulling the whole
 *   log, against putting the same records into a fresh database with a
 *   bare Dexie bulkPut (goal: within 3×);
 * - applying 10,002 changes from another device (1,667 answers of six leaves)
 *   with applyRemote, in pages of 1,000 as a sync does, against a bare
 *   bulkPut of the records they make; and what signatures add: signing them
 *   in bundles of 1,000 as a push does, and verifying each page before it
 *   is applied (goal: verify and apply within 1.5× applying alone).
 */
import 'fake-indexeddb/auto';
import type { ChecklistAnswer } from '@shared/model';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import { formatHlc } from '@shared/sync/hlc';
import { leavesOf } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import { type Bundle, importPublicKey, newSigningKey, signBundle } from '@shared/sync/signing';
import { v7 } from 'uuid';
import { afterAll, beforeAll, test } from 'vitest';
import { FieldbookDB } from '../renderer/data/database/db';
import { openStore, type Store } from '../renderer/data/database/store';
import { applyRemote } from '../renderer/data/sync/applyRemote';
import { inviteToTrip, joinWithInvitation } from '../renderer/data/sync/invitations';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import { type Trust, verifiedChanges } from '../renderer/data/sync/signatures';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import { pglite } from '../server/test/backends';
import { startServer, type TestServer } from '../server/test/harness';
import { assertValid, bigTrip, type Records } from './bigTrip';

const full = bigTrip(true);
const { trip } = full;
const members = (full.records.members ?? []) as { id: string }[];
const recordCount = Object.values(full.records).reduce((sum, rows) => sum + rows.length, 0);

let server: TestServer;
let organiserToken = '';
let organiser: Store | undefined;
let published = 0;
let databases = 0;

const fresh = () => {
  databases += 1;
  return `fieldbook-bench-${process.pid}-${databases}`;
};
const connection = (token?: string): Connection => ({ baseUrl: server.url, fetch, ...(token ? { token } : {}) });

/** Puts records into a database in one transaction, as a bare Dexie would. */
async function bulkPut(db: FieldbookDB, records: Records): Promise<void> {
  const tables = Object.keys(records).map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    for (const [name, rows] of Object.entries(records)) await db.table(name).bulkPut(rows);
  });
}

const WHOLE_LOG = 'joinTrip and syncTrip, pulling the whole log';
const FROM_SNAPSHOT = 'joinTrip and syncTrip, from the snapshot the organiser’s device made';
const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;

beforeAll(async () => {
  assertValid(full.records);
  server = await startServer((await pglite.open()).storage);
  // The organiser's device holds the trip (written before it had sync) and publishes all of it.
  organiser = await openStore(fresh());
  await bulkPut(organiser.db, full.records);
  const [lead] = members;
  if (!lead) throw new Error('No members');
  const answer = await publishTrip(connection(), {
    setupCode: await server.setupCode(),
    tripId: trip.id,
    memberId: lead.id,
    deviceName: '주최자 노트북',
  });
  organiserToken = answer.token;
  await enqueueTrip(organiser, trip.id);
  published = (await syncTrip(organiser, httpSyncServer(connection(organiserToken)), trip.id)).sent;
  // Its sync made the trip's snapshot, as the organiser's device does once the log has grown (section 3.6).
  if (!(await httpSyncServer(connection(organiserToken)).snapshot(trip.id)).snapshot)
    throw new Error('No snapshot was made');
}, 600_000);

afterAll(async () => {
  organiser?.db.close();
  await server?.close();
  await server?.storage.close();
});

test(`a new device’s first sync of a whole trip (${recordCount.toLocaleString('en')} records)`, async ({ bench }) => {
  let device: Store | undefined;
  let bare: FieldbookDB | undefined;
  let code = '';
  let invited = 0;
  const newDevice = async () => {
    device?.db.close();
    // Each device joins as another member, with an invitation of its own.
    const member = members[invited % members.length];
    invited += 1;
    if (!member) throw new Error('No members');
    if (!organiser) throw new Error('No organiser');
    ({ code } = await inviteToTrip(organiser, connection(organiserToken), trip.id, member.id));
    device = await openStore(fresh());
  };
  const newDatabase = async () => {
    bare?.close();
    bare = new FieldbookDB(fresh());
    await bare.open();
  };
  const result = await bench.compare(
    bench(
      'floor: the same records, bare Dexie bulkPut into a fresh database (baseline)',
      { beforeEach: newDatabase },
      async () => {
        if (!bare) throw new Error('No database');
        await bulkPut(bare, full.records);
      },
    ),
    // Where the time goes: the server, HTTP and the client's parsing, without writing anything.
    bench('the same pages pulled over HTTP, not applied', async () => {
      const server = httpSyncServer(connection(organiserToken));
      let after = 0;
      for (;;) {
        const page = await server.pull(trip.id, after);
        after = page.next;
        if (!page.more) break;
      }
    }),
    bench(WHOLE_LOG, { beforeEach: newDevice }, async () => {
      if (!device) throw new Error('No device');
      const joined = await joinWithInvitation(device, connection(), { invitation: code, deviceName: '새 기기' });
      // The server as one of protocol 9 was: no snapshot to begin from.
      const http = httpSyncServer(connection(joined.token));
      const server = {
        ...http,
        snapshot: async (tripId: string) => ({ ...(await http.snapshot(tripId)), snapshot: null }),
      };
      const synced = await syncTrip(device, server, trip.id);
      if (synced.received < published) throw new Error(`Only ${synced.received} of ${published} changes arrived`);
    }),
    bench(FROM_SNAPSHOT, { beforeEach: newDevice }, async () => {
      if (!device) throw new Error('No device');
      const joined = await joinWithInvitation(device, connection(), { invitation: code, deviceName: '새 기기' });
      const synced = await syncTrip(device, httpSyncServer(connection(joined.token)), trip.id);
      if (synced.received >= published) throw new Error('The new device pulled the whole log, not the snapshot');
    }),
    { iterations: 5, time: 0 },
  );
  if (!device) throw new Error('No device');
  for (const [table, rows] of Object.entries(full.records)) {
    const held = await device.db.table(table).count();
    if (held !== rows.length) throw new Error(`The new device holds ${held} ${table} of ${rows.length}`);
  }
  device.db.close();
  bare?.close();

  const floor = result.get('floor: the same records, bare Dexie bulkPut into a fresh database (baseline)').latency.mean;
  const pulled = result.get('the same pages pulled over HTTP, not applied').latency.mean;
  const sync = result.get(WHOLE_LOG).latency.mean;
  const snapshot = result.get(FROM_SNAPSHOT).latency.mean;
  console.log(
    [
      '',
      `First sync of a whole trip: ${recordCount.toLocaleString('en')} records, ${published.toLocaleString('en')} changes (mean of 5)`,
      `  bare bulkPut (baseline)   ${ms(floor)}`,
      `  pulled, not applied       ${ms(pulled)}   ${(pulled / floor).toFixed(1)}× the floor`,
      `  joinTrip + syncTrip, whole log  ${ms(sync)}   ${(sync / floor).toFixed(1)}× the floor, ${Math.round(published / (sync / 1000)).toLocaleString('en')} changes/s`,
      `  joinTrip + syncTrip, snapshot   ${ms(snapshot)}   ${(snapshot / floor).toFixed(1)}× the floor (goal ≤ 3×), ${(sync / snapshot).toFixed(1)}× faster than the whole log`,
    ].join('\n'),
  );
}, 600_000);

/** Changes from another device that make whole answers: every leaf of each, one write (stamp) per answer. */
function remoteChanges(limit: number): { changes: Change[]; records: ChecklistAnswer[] } {
  const answers = (full.records.checklistAnswers ?? []) as ChecklistAnswer[];
  const device = v7();
  const start = Date.parse('2026-11-24T00:00:00Z');
  const changes: Change[] = [];
  const records: ChecklistAnswer[] = [];
  for (const [i, answer] of answers.entries()) {
    if (changes.length >= limit) break;
    const hlc = formatHlc({ millis: start + i, counter: 0, node: device });
    records.push(answer);
    for (const [path, value] of leavesOf('checklistAnswers', answer)) {
      changes.push({
        id: v7(),
        table: 'checklistAnswers',
        recordId: answer.id,
        tripId: trip.id,
        path,
        value,
        hlc,
        base: null,
        deviceId: device,
        memberId: answer.memberId,
      });
    }
  }
  return { changes, records };
}

test('applying 10,000 changes from another device', async ({ bench }) => {
  const { changes: unsigned, records } = remoteChanges(10_000);
  const PAGE = 1000;
  // The device signs as one member, whoever's answers they are.
  const author = unsigned[0]?.memberId ?? null;
  const deviceId = unsigned[0]?.deviceId ?? '';
  const key = await newSigningKey();
  const pages: { changes: Change[]; bundle: Bundle }[] = [];
  const sign = async () => {
    pages.length = 0;
    for (let start = 0; start < unsigned.length; start += PAGE) {
      const id = v7();
      const page = unsigned.slice(start, start + PAGE).map((change) => ({ ...change, memberId: author, bundle: id }));
      pages.push({ changes: page, bundle: await signBundle(key.privateKey, { id, tripId: trip.id, deviceId }, page) });
    }
  };
  await sign();
  const changes = pages.flatMap((page) => page.changes);
  const trusted = { key: await importPublicKey(key.publicKey), memberId: author ?? '', revokedAfter: null };
  const trust = (): Trust => ({ keys: new Map([[deviceId, trusted]]), unsignedUntil: 0, bundles: new Map() });
  let device: Store | undefined;
  let bare: FieldbookDB | undefined;
  const newDevice = async () => {
    device?.db.close();
    device = await openStore(fresh());
  };
  const newDatabase = async () => {
    bare?.close();
    bare = new FieldbookDB(fresh());
    await bare.open();
  };
  const floorName = `floor: the ${records.length.toLocaleString('en')} answers they make, bare bulkPut (baseline)`;
  const applyName = `applyRemote: ${changes.length.toLocaleString('en')} changes in pages of ${PAGE}`;
  const verifyName = `verified as pulled: the same pages, each against its bundle`;
  const signName = `signed in bundles of ${PAGE}, as pushes do`;
  const result = await bench.compare(
    bench(floorName, { beforeEach: newDatabase }, async () => {
      if (!bare) throw new Error('No database');
      await bulkPut(bare, { checklistAnswers: records });
    }),
    bench(applyName, { beforeEach: newDevice }, async () => {
      if (!device) throw new Error('No device');
      for (let start = 0; start < changes.length; start += PAGE) {
        await applyRemote(device, changes.slice(start, start + PAGE), [{ key: 'bench:pulled', value: start + PAGE }]);
      }
    }),
    // Verifying alone, so that a database grown by the runs before does not weigh on it: a sync verifies, then applies.
    bench(verifyName, async () => {
      const trusting = trust();
      let seq = 0;
      for (const page of pages) {
        const pulled = page.changes.map((change) => ({ ...change, seq: ++seq }));
        const verified = await verifiedChanges(trusting, { changes: pulled, bundles: [page.bundle] });
        if (verified.length !== pulled.length) throw new Error(`${pulled.length - verified.length} did not verify`);
      }
    }),
    bench(signName, sign),
    { iterations: 5, time: 0 },
  );
  if (!device) throw new Error('No device');
  const held = await device.db.checklistAnswers.count();
  if (held !== records.length) throw new Error(`applyRemote made ${held} answers of ${records.length}`);
  device.db.close();
  bare?.close();

  const floor = result.get(floorName).latency.mean;
  const applied = result.get(applyName).latency.mean;
  const verified = result.get(verifyName).latency.mean;
  const signed = result.get(signName).latency.mean;
  const perSecond = (n: number, mean: number) => Math.round(n / (mean / 1000)).toLocaleString('en');
  console.log(
    [
      '',
      `applyRemote: ${changes.length.toLocaleString('en')} changes making ${records.length.toLocaleString('en')} answers (mean of 5)`,
      `  bare bulkPut (baseline)   ${ms(floor)}   ${perSecond(changes.length, floor)} changes/s equivalent`,
      `  applyRemote               ${ms(applied)}   ${perSecond(changes.length, applied)} changes/s, ${(applied / floor).toFixed(1)}× the floor`,
      `  verified                  ${ms(verified)}   verified + applied ${((verified + applied) / applied).toFixed(2)}× applyRemote alone (goal ≤ 1.5×)`,
      `  signed, 10 bundles        ${ms(signed)}   ${(signed / applied).toFixed(2)}× applyRemote`,
    ].join('\n'),
  );
}, 600_000);
