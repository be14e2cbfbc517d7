// @vitest-environment node
/**
 * The write funnel against its bare transaction, in Chromium with its real
 * IndexedDB (the app's data layer built for the page by Vite:
 * writeFunnelPage.ts): one save of a plain member's checklist answer, as
 * the autosave makes it after a pause in typing (saveNote: the answer
 * through writeRecords, its version in the note's history, its draft
 * removed), on the full trip (bench/bigTrip.ts) on the member's device,
 * against one bare Dexie transaction (no app schema, hooks or middleware)
 * that writes the rows that save wrote and deletes the rows it deleted
 * (found by reading the whole database before and after it), and nothing
 * else, in a copy of the same database; and, between them, the same bare
 * transaction with the reads the funnel makes (its IndexedDB requests,
 * counted in that save, are printed). Goal (issue 23): within 3×.
 *
 * Each save supersedes the change the save before made, as between two
 * pushes; the outbox is emptied between rounds, as a push would. Signing
 * is not the funnel's: a push signs its batch. Then one CPU profile of 100
 * saves says where the funnel's time goes, by module of the bundle.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { assertValid, bigTrip } from './bigTrip';
import { CHROMIUM, ms, percentile } from './chromium';
import { summarise } from './cpuProfile';
import { buildPageBundle, openBundlePage } from './pageBundle';
import type { FunnelPage, Seed, Written } from './writeFunnelPage';

const ROUNDS = 4;
const SAMPLES = 50;
const ORIGIN = 'http://funnel.bench';
const full = bigTrip(true);

/** The funnel's own steps, whose time the profile adds up with them on the stack. */
const FUNNEL_STEPS = [
  'saveNote',
  'writeTyped',
  'saveAnswer',
  'writeRecords',
  'recordVersion',
  'writeMergedText',
  'writeText',
  'mergeUpdates',
  'checkChange',
  'parseNote',
  'keepLost',
  'keepHistory',
  'writerOn',
  'changedLeaves',
  'withSnapshots',
  'versionText',
  'extendsVersion',
  'answerId',
  'newId',
];

let browser: Browser;
let page: Page;
let bundle = '';

const call = <K extends keyof FunnelPage>(name: K, ...args: Parameters<FunnelPage[K]>) =>
  page.evaluate(
    ([name, args]) => {
      const funnel = (window as unknown as { funnel: Record<string, (...a: unknown[]) => unknown> }).funnel;
      return funnel[name as string]?.(...(args as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<FunnelPage[K]>>>;

beforeAll(async () => {
  assertValid(full.records);
  bundle = await buildPageBundle('writeFunnelPage.ts', 'funnel');
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage();
  // An origin of its own for the page's database, served from here: no app runs beside the bench.
  await openBundlePage(page, ORIGIN, 'funnel', bundle);
  await page.waitForFunction(() => 'funnel' in window);
  const members = (full.records.members ?? []) as { id: string; role: string }[];
  const organiser = members.find((member) => member.role === 'organiser');
  // A plain member's own answer: their role is checked at each save, as on their device.
  const member = members.find((one) => one.role === 'member');
  const answer = full.records.checklistAnswers?.find(
    (row) => (row as { memberId: string }).memberId === member?.id,
  ) as Seed['answer'];
  await call('seed', { records: full.records, tripId: full.trip.id, organiserId: organiser?.id ?? '', answer });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** Each table's rows one save wrote, named so that a reader can tell what they are. */
function describe(written: Written): string[] {
  return Object.entries(written).map(([table, { put, deleted }]) => {
    const names = put.map((row) => {
      const r = row as Record<string, unknown>;
      const size = JSON.stringify(row).length;
      const name = r.key ?? (r.table ? `${r.table} ${r.path}` : r.recordTable ? `version of ${r.recordTable}` : r.id);
      return `${String(name).slice(0, 60)} (${size.toLocaleString('en')} B)`;
    });
    return `  ${table.padEnd(16)} put ${put.length}${deleted.length ? `, deleted ${deleted.length}` : ''}: ${names.join('; ')}`;
  });
}

test('the write funnel against its bare transaction', async () => {
  // The answer's first save makes its version and merges its text; the ones measured follow it, as typing goes on.
  await call('saves', 20);
  const { written, requests } = await call('inspect');
  const funnel: number[] = [];
  const bare: number[] = [];
  const reads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await call('pushed');
    funnel.push(...(await call('saves', SAMPLES)));
    bare.push(...(await call('bareSaves', SAMPLES, false)));
    reads.push(...(await call('bareSaves', SAMPLES, true)));
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await call('pushed');
  await session.send('Profiler.start');
  const profiled = await call('saves', 100);
  const { profile } = await session.send('Profiler.stop');

  const row = (name: string, values: number[]) =>
    `${name.padEnd(64)}${ms(percentile(values, 50))}${ms(percentile(values, 95))}${ms(Math.max(...values))}`;
  const ratio = (p: number, of: number[]) => (percentile(of, p) / percentile(bare, p)).toFixed(1);
  console.log(
    [
      '',
      'What one save of a checklist answer writes (the full trip, read before and after it):',
      ...describe(written),
      `  with these IndexedDB requests: ${Object.entries(requests)
        .sort()
        .map(([request, count]) => `${request} ${count}`)
        .join(', ')}`,
      '',
      `The write funnel against its bare transaction, ${ROUNDS * SAMPLES} saves each, Chromium IndexedDB`,
      `${''.padEnd(64)}${'p50'.padStart(12)}${'p95'.padStart(12)}${'max'.padStart(12)}`,
      row('bare Dexie transaction writing the same rows (baseline)', bare),
      row('the same, with the reads the funnel makes', reads),
      row('saveNote through the funnel', funnel),
      `  funnel against bare: p50 ${ratio(50, funnel)}×, p95 ${ratio(95, funnel)}× (goal: within 3×); ` +
        `the reads alone: p50 ${ratio(50, reads)}×`,
      '',
      `Where 100 saves' time went, with the keystroke's draft before each (CPU profile, ${(profiled.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s of saves):`,
      ...summarise(profile, bundle, 'funnel.js', FUNNEL_STEPS),
      '',
    ].join('\n'),
  );
}, 900_000);
