// @vitest-environment node
/**
 * What the log costs of what was typed (issue 16), over fake-indexeddb in
 * Node and the real sync server on loopback (PGlite):
 * - a 5,000-character text typed into a visit's minutes in 100 bursts, a
 *   save each through the editor's path (saveNote over what it showed):
 *   the outbox's bytes while offline, and the server's bytes when every
 *   save is synced, before and after the server compacts, each against the
 *   text's own size;
 * - three members' minutes of 5,000 characters each, written apart and
 *   merged: time and the size of what each sends, against the plain text;
 * - a new device's first sync of a full trip whose log was written through
 *   the autosave path (the bench trip's 2,040 answers saved 10 times, each
 *   save round synced; minutes typed by three members): time and bytes,
 *   against a bare Dexie bulkPut of the records it ends with. Here that
 *   floor is fake-indexeddb's copy in memory, which writes nothing to disk:
 *   the ratio shows what decoding and checking cost beside a copy. The
 *   issue's goal (within 3 times) is judged where the app runs, in
 *   Chromium's IndexedDB (firstSyncChromium.bench.ts).
 */
import 'fake-indexeddb/auto';
import { type MinutesFields, newId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import { firstState, isCheckpoint, mergeUpdates, textOf, writeText } from '@shared/sync/texts';
import { afterAll, test } from 'vitest';
import { FieldbookDB } from '../renderer/data/database/db';
import { openStore, type Store } from '../renderer/data/database/store';
import { listItinerary } from '../renderer/data/records/itineraryItems';
import { listMembers } from '../renderer/data/records/members';
import { getMinutes } from '../renderer/data/records/minutes';
import { loadSampleTrip } from '../renderer/data/records/sampleTrip';
import { saveNote } from '../renderer/data/recovery/noteDrafts';
import { inviteToTrip, joinWithInvitation } from '../renderer/data/sync/invitations';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import { compactTrip } from '../server/store/compaction';
import { pglite } from '../server/test/backends';
import { startServer, type TestServer } from '../server/test/harness';
import { freshName, putAll, typedTrip } from './typedTrip';

const servers: TestServer[] = [];
const fresh = () => freshName('typed');
const utf8 = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;

afterAll(async () => {
  for (const server of servers) {
    await server.close();
    await server.storage.close();
  }
});

async function newServer(): Promise<TestServer> {
  const server = await startServer((await pglite.open()).storage, { compactAfter: null });
  servers.push(server);
  return server;
}

/** A device holding the sample trip, published to `server`, and how it syncs. */
async function published(server: TestServer) {
  const device = await openStore(fresh());
  await loadSampleTrip(device);
  const [lead] = await listMembers(device.db, SAMPLE_TRIP_ID);
  const connection: Connection = { baseUrl: server.url, fetch };
  const { token } = await publishTrip(connection, {
    setupCode: await server.setupCode(),
    tripId: SAMPLE_TRIP_ID,
    memberId: lead?.id ?? '',
    deviceName: '노트북',
  });
  await enqueueTrip(device, SAMPLE_TRIP_ID);
  const sync = () => syncTrip(device, httpSyncServer({ ...connection, token }), SAMPLE_TRIP_ID);
  await sync();
  return { device, sync };
}

/** The bytes of a trip's log on the server: each change's value and what goes around it, as a pull sends it. */
async function serverBytes(server: TestServer): Promise<number> {
  const [row] = await server.storage.query<{ bytes: number | string }>(
    `SELECT coalesce(sum(octet_length(value::text) + octet_length(id) + octet_length(path) + octet_length(hlc)
       + coalesce(octet_length(base), 0) + octet_length(device_id) + octet_length(member_id) + 80), 0) AS bytes
     FROM changes WHERE NOT compacted`,
  );
  return Number(row?.bytes ?? 0);
}

/** Types `text` into a visit's minutes in `bursts` saves, as the editor saves after each pause; `after` each. */
async function typeMinutes(store: Store, text: string, bursts: number, after: () => Promise<unknown>) {
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  if (!visit) throw new Error('No visit');
  const target = { kind: 'minutes' as const, tripId: SAMPLE_TRIP_ID, visitId: visit.id, lang: 'ko' as const };
  const empty = { lang: 'ko' as const, text: '', translations: {} };
  const stored = await getMinutes(store.db, visit.id);
  let shown: MinutesFields = {
    hostAttendees: stored?.hostAttendees ?? [],
    delegationAttendeeIds: stored?.delegationAttendeeIds ?? [],
    agenda: stored?.agenda ?? [],
    discussion: stored?.discussion ?? empty,
    decisions: stored?.decisions ?? empty,
    followUps: stored?.followUps ?? [],
  };
  const editor: Store = { db: store.db, ctx: { ...store.ctx, stretchId: newId() } };
  const step = Math.ceil(text.length / bursts);
  for (let end = step; end < text.length + step; end += step) {
    const value = { ...shown, discussion: { ...shown.discussion, text: text.slice(0, end) } };
    await saveNote(editor, target, value, shown);
    shown = value;
    await after();
  }
}

const TEXT = Array.from(
  { length: 120 },
  (_, i) => `${String(i).padStart(3, '0')}. 현 과학기술진흥과가 연구개발 예산을 총괄하고 지방대학과 공동연구. `,
)
  .join('')
  .slice(0, 5000);

test('a 5,000-character text typed in 100 bursts: outbox and server bytes per typed byte', async () => {
  const server = await newServer();
  const offline = await published(server);
  const before = await offline.device.db.outbox.toArray();
  await typeMinutes(offline.device, TEXT, 100, async () => undefined);
  const outbox = utf8(await offline.device.db.outbox.toArray()) - utf8(before);

  const online = await published(await newServer());
  const last = servers.at(-1);
  if (!last) throw new Error('No server');
  // What the trip's log is before the typing, compacted: the typing's cost is what it adds.
  await last.storage.transaction((tx) => compactTrip(tx, SAMPLE_TRIP_ID, new Date()));
  const logBefore = await serverBytes(last);
  await typeMinutes(online.device, TEXT, 100, online.sync);
  const logged = (await serverBytes(last)) - logBefore;
  await last.storage.transaction((tx) => compactTrip(tx, SAMPLE_TRIP_ID, new Date()));
  const compacted = (await serverBytes(last)) - logBefore;

  const typed = utf8(TEXT);
  console.log(`\nA 5,000-character text typed in 100 bursts (${kb(typed)} of UTF-8)`);
  console.log(`outbox while offline           ${kb(outbox)}  ${ratio(outbox, typed)}`);
  console.log(`server log, every save synced  ${kb(logged)}  ${ratio(logged, typed)}`);
  console.log(`server log, compacted          ${kb(compacted)}  ${ratio(compacted, typed)}`);
}, 600_000);

test('three members’ minutes of 5,000 characters each, written apart, merged', async ({ bench }) => {
  const recordId = newId();
  const start = firstState(recordId, 'discussion/text', '');
  const written = [1, 2, 3].map((client) =>
    writeText({
      state: start,
      legacy: null,
      recordId,
      path: 'discussion/text',
      clientId: client,
      text: `${client}: ${TEXT}`,
    }),
  );
  const result = await bench.compare(
    bench('floor: joining the three plain texts (baseline)', () => {
      if (written.map((one) => one.text).join('\n').length === 0) throw new Error('empty');
    }),
    bench('merging the three members’ updates into one text', () => {
      const merged = textOf(mergeUpdates([start, ...written.map((one) => one.update)]));
      if (merged.length < written.reduce((sum, one) => sum + one.text.length, 0)) throw new Error('lost');
    }),
    bench('typing one member’s 5,000 characters as one update', () => {
      writeText({ state: start, legacy: null, recordId, path: 'discussion/text', clientId: 9, text: TEXT });
    }),
    { iterations: 20, time: 0 },
  );
  const floor = result.get('floor: joining the three plain texts (baseline)').latency.mean;
  const merge = result.get('merging the three members’ updates into one text').latency.mean;
  const update = written[0]?.update.length ?? 0;
  console.log(
    `\nMerging three members' 5,000-character minutes: ${merge.toFixed(2)} ms (floor ${floor.toFixed(3)} ms)`,
  );
  console.log(
    `one member's update ${kb(update)} against its plain text ${kb(utf8(written[0]?.text))} (${ratio(update, utf8(written[0]?.text))})`,
  );
}, 600_000);

test('a new device’s first sync of a full trip whose log was written save after save', async ({ bench }) => {
  // Compaction on its own after pushes would run many times while the trip is written; it runs before the first pull.
  const server = await startServer((await pglite.open()).storage, { compactAfter: 1_000_000 });
  servers.push(server);
  const { tripId, organiser, connection, token, joinerId, final, answers } = await typedTrip(server);
  const logged = await serverBytes(server);

  let device: Store | undefined;
  let bare: FieldbookDB | undefined;
  let code = '';
  let bytes = 0;
  const parts = new Map<string, number>();
  const result = await bench.compare(
    bench(
      'floor: the records it ends with, bare Dexie bulkPut (baseline)',
      {
        beforeEach: async () => {
          bare?.close();
          bare = new FieldbookDB(fresh());
          await bare.open();
        },
      },
      async () => {
        if (bare) await putAll(bare, final);
      },
    ),
    bench(
      'joinTrip and syncTrip from the snapshot and the compacted log',
      {
        beforeEach: async () => {
          device?.db.close();
          ({ code } = await inviteToTrip(organiser, { ...connection, token }, tripId, joinerId));
          device = await openStore(fresh());
        },
      },
      async () => {
        if (!device) return;
        const joined = await joinWithInvitation(device, connection, { invitation: code, deviceName: '새 기기' });
        bytes = 0;
        parts.clear();
        const counting: typeof fetch = async (input, init) => {
          const answer = await fetch(input, init);
          // The snapshot it begins from (protocol section 3.6): its listing and its bytes.
          if (/\/snapshot$|\/chunks\//.test(String(input))) {
            const size = (await answer.clone().arrayBuffer()).byteLength;
            bytes += size;
            parts.set(
              'the snapshot (gzip) and its listing',
              (parts.get('the snapshot (gzip) and its listing') ?? 0) + size,
            );
          }
          if (String(input).includes('/changes?')) {
            bytes += (await answer.clone().arrayBuffer()).byteLength;
            tallyPage(parts, await answer.clone().json());
          }
          return answer;
        };
        await syncTrip(device, httpSyncServer({ baseUrl: server.url, fetch: counting, token: joined.token }), tripId);
      },
    ),
    { iterations: 5, time: 0 },
  );
  // The median beside the mean: on a loaded machine one slow run moves a mean of five by a third.
  const floorRun = result.get('floor: the records it ends with, bare Dexie bulkPut (baseline)').latency;
  const syncRun = result.get('joinTrip and syncTrip from the snapshot and the compacted log').latency;
  const [floor, sync] = [floorRun.mean, syncRun.mean];
  console.log(`\nFirst sync of a trip typed save after save (${answers} answers saved 10 times, each round synced)`);
  console.log(
    `time   ${sync.toFixed(0)} ms against a bare bulkPut of ${floor.toFixed(0)} ms: ${ratio(sync, floor)} (mean of 5)`,
  );
  console.log(
    `       ${syncRun.p50.toFixed(0)} ms against ${floorRun.p50.toFixed(0)} ms: ${ratio(syncRun.p50, floorRun.p50)} (median of 5)`,
  );
  console.log('       (fake-indexeddb in memory; the 3× goal is judged in Chromium: firstSyncChromium.bench.ts)');
  console.log(
    `bytes  ${kb(bytes)} pulled; the log held ${kb(logged)} before compacting; the records are ${kb(utf8(final))}`,
  );
  console.log(`where the bytes pulled go:\n${[...parts].map(([part, size]) => `  ${kb(size)}  ${part}`).join('\n')}`);
}, 900_000);

/** Adds up what a pull's page is made of: changes' values by kind, what goes around each, and the bundles. */
function tallyPage(
  parts: Map<string, number>,
  page: { changes: { value: unknown; table: string }[]; bundles: unknown[] },
) {
  const add = (part: string, size: number) => parts.set(part, (parts.get(part) ?? 0) + size);
  add('bundles (signatures)', utf8(page.bundles));
  for (const change of page.changes) {
    const value = utf8(change.value);
    add('around each change (id, record, leaf, stamps, authors)', utf8(change) - value);
    if (isCheckpoint(change.value)) add('checkpoints of texts', value);
    else if (change.table === 'noteVersions') add("notes' versions", value);
    else add('other values', value);
  }
}
