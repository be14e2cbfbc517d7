// @vitest-environment node
/**
 * A new device's first sync of a trip typed save after save (typedTrip.ts),
 * in Chromium with its real IndexedDB, as the desktop app does it (issue
 * 16's goal: within 3 times a bare Dexie bulkPut of the records it ends
 * with). typedLog.bench.ts measures the same sync in Node over
 * fake-indexeddb, whose decoding and writing cost in other proportions.
 * The app's data layer is built for the page by Vite (firstSyncPage.ts),
 * served at the sync server's origin; the server runs here on PGlite, its
 * log compacted and its snapshot made before the first new device comes.
 * Then one CPU profile of a first sync says where its time goes.
 */
import 'fake-indexeddb/auto';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { inviteToTrip } from '../renderer/data/sync/invitations';
import { pglite } from '../server/test/backends';
import { startServer, type TestServer } from '../server/test/harness';
import { CHROMIUM, mean, ms, percentile } from './chromium';
import { summarise } from './cpuProfile';
import type { FirstSyncPage } from './firstSyncPage';
import { buildPageBundle, openBundlePage } from './pageBundle';
import { type TypedTrip, typedTrip } from './typedTrip';

const ROUNDS = 5;
const STEPS = [
  'joinWithInvitation',
  'syncTrip',
  'takeSnapshot',
  'download',
  'decodeSnapshot',
  'unzip',
  'checkState',
  'recordOf',
  'pull',
  'applyRemote',
];

let server: TestServer;
let trip: TypedTrip;
let browser: Browser;
let page: Page;
let bundle = '';

const call = <K extends keyof FirstSyncPage>(name: K, ...args: Parameters<FirstSyncPage[K]>) =>
  page.evaluate(
    ([name, args]) => {
      const calls = (window as unknown as { firstSync: Record<string, (...a: unknown[]) => unknown> }).firstSync;
      return calls[name as string]?.(...(args as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<FirstSyncPage[K]>>>;

beforeAll(async () => {
  server = await startServer((await pglite.open()).storage, { compactAfter: 1_000_000 });
  trip = await typedTrip(server);
  bundle = await buildPageBundle('firstSyncPage.ts', 'firstSync');
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage();
  // The page at the server's own origin: its requests to the server are the app's, with no CORS in between.
  await openBundlePage(page, `${server.url}/bench`, 'firstSync', bundle);
  await page.waitForFunction(() => 'firstSync' in window);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await server?.storage.close();
});

const invitation = async () =>
  (await inviteToTrip(trip.organiser, { ...trip.connection, token: trip.token }, trip.tripId, trip.joinerId)).code;

test('a new device’s first sync in Chromium against a bare bulkPut of its records', async () => {
  // A first round of each warms the page's code and the server's caches; it is not counted.
  await call('floor', trip.final);
  const warm = await call('join', await invitation());
  if (warm.records !== trip.answers) throw new Error(`The new device holds ${warm.records} of ${trip.answers} answers`);
  const floors: number[] = [];
  const syncs: number[] = [];
  const readsAll: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    floors.push(await call('floor', trip.final));
    const joined = await call('join', await invitation());
    syncs.push(joined.ms);
    readsAll.push(joined.readAll);
    bytes = joined.bytes;
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  const code = await invitation();
  await session.send('Profiler.start');
  await call('join', code);
  const { profile } = await session.send('Profiler.stop');
  const row = (name: string, values: number[]) =>
    `${name.padEnd(64)}${ms(percentile(values, 50))}${ms(mean(values))}${ms(Math.max(...values))}`;
  const ratio = (of: (values: number[]) => number) => (of(syncs) / of(floors)).toFixed(2);
  console.log(
    [
      '',
      `A new device's first sync of a trip typed save after save (${trip.answers} answers saved 10 times), Chromium IndexedDB, ${ROUNDS} rounds`,
      `${''.padEnd(64)}${'p50'.padStart(12)}${'mean'.padStart(12)}${'max'.padStart(12)}`,
      row('bare Dexie bulkPut of the records it ends with (baseline)', floors),
      row('joinWithInvitation and syncTrip', syncs),
      `  first sync against bare: median ${ratio((values) => percentile(values, 50))}×, mean ${ratio(mean)}× (goal: within 3×); ${(bytes / 1024).toFixed(1)} KB pulled`,
      row('then, at the next start, every merge state read at once', readsAll),
      '',
      'Where one first sync’s time went (CPU profile):',
      ...summarise(profile, bundle, 'firstSync.js', STEPS),
      '',
    ].join('\n'),
  );
}, 900_000);
