// @vitest-environment node
/**
 * Cold start to a usable trip page, in Chromium with its real IndexedDB: a
 * new browser process on a profile on disk whose database already holds
 * the full trip (20 visits, 17 members, 2,040 answers, 300 Q&A notes,
 * minutes: bench/bigTrip.ts), opening the trip's page, against the same
 * page of the same trip with no notes, and against an empty database's
 * first screen (the trip list). Goal (issue 23): within 1.2 times.
 *
 * Each profile is seeded and opened once before it is timed, so that every
 * timed start is a restart of a used profile (its HTTP cache warm, the
 * operating system's file cache too: "cold" is the browser and the app, not
 * the disk). Three times: from just before the browser is launched to
 * usable (`launch`); from the page's navigation (its time origin) to the
 * first task after the first frame in which the page is whole (`shown`):
 * the trip's title, every member of the roster and every visit (for the
 * empty database, the trip list's empty state), seen by a MutationObserver
 * the page is given before the app's own scripts run; and from the
 * navigation to the first idle period after that (`idle`: usable, the app
 * done with its start, such as loading the other screens' code). Beside
 * them, when the app's frame (`.app-main`) was first in the page (`shell`),
 * before any of the trip was read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { assertValid, bigTrip, type Records } from './bigTrip';
import { seedBrowserDatabase } from './browserDatabase';
import { CHROMIUM, mean, ms, percentile } from './chromium';

const ITERATIONS = 8;
const full = bigTrip(true);
const bare = bigTrip(false);

/** What a usable page shows: every selector at least so many times. */
type Whole = [selector: string, count: number][];
const tripPage = (trip: typeof full): Whole => [
  ['#trip-title', 1],
  ['table.roster tbody tr', trip.records.members?.length ?? 0],
  ['.visit-list__item', trip.visits.length],
];

interface Start {
  name: string;
  profile: string;
  address: string;
  whole: Whole;
  times: Times[];
}

const starts: Start[] = [];

/** Runs in the page before the app: notes when the page is whole on screen, and then when the main thread is idle. */
function watchForUsable(whole: Whole) {
  const isWhole = () => whole.every(([selector, count]) => document.querySelectorAll(selector).length >= count);
  const observer = new MutationObserver(() => {
    const usable = window as unknown as { shellAt?: number; shownAt: number; idleAt: number; idleEpoch: number };
    usable.shellAt ??= document.querySelector('.app-main') ? performance.now() : undefined;
    if (!isWhole()) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        usable.shownAt = performance.now();
        requestIdleCallback(() => {
          usable.idleAt = performance.now();
          usable.idleEpoch = performance.timeOrigin + usable.idleAt;
        });
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

type Times = { launched: number; shell: number; shown: number; idle: number };

/** Starts the browser on `start`'s profile and opens its page; answers the times to usable, in ms. */
async function coldStart(start: Start): Promise<Times> {
  const launchedAt = Date.now();
  const context = await chromium.launchPersistentContext(start.profile, {
    ...CHROMIUM,
    locale: 'ko-KR',
    viewport: { width: 1280, height: 900 },
  });
  try {
    await context.addInitScript(watchForUsable, start.whole);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(start.address);
    const handle = await page.waitForFunction(
      () => {
        const usable = window as unknown as { shellAt?: number; shownAt?: number; idleAt?: number; idleEpoch?: number };
        return usable.idleEpoch ? [usable.shellAt, usable.shownAt, usable.idleAt, usable.idleEpoch] : null;
      },
      undefined,
      { polling: 100, timeout: 120_000 },
    );
    const [shell = Number.NaN, shown = Number.NaN, idle = Number.NaN, epoch = Number.NaN] =
      (await handle.jsonValue()) ?? [];
    return { launched: epoch - launchedAt, shell, shown, idle };
  } finally {
    await context.close();
  }
}

/** A profile of its own, the app started there once (creating its database) and given `records`. */
async function seededProfile(name: string, records: Records | null, address: string, whole: Whole) {
  const profile = await mkdtemp(path.join(tmpdir(), 'fieldbook-cold-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, locale: 'ko-KR' });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseURL'));
  await page.locator('.app-main').waitFor();
  if (records) await seedBrowserDatabase(page, records);
  await context.close();
  const start: Start = { name, profile, address, whole, times: [] };
  await coldStart(start);
  starts.push(start);
}

beforeAll(async () => {
  assertValid(full.records);
  assertValid(bare.records);
  const base = inject('baseURL');
  await seededProfile('empty database: the trip list', null, base, [['.empty-state', 1]]);
  await seededProfile('trip with no notes (baseline)', bare.records, `${base}#/trips/${bare.trip.id}`, tripPage(bare));
  await seededProfile('full trip', full.records, `${base}#/trips/${full.trip.id}`, tripPage(full));
}, 300_000);

afterAll(async () => {
  for (const { profile } of starts) await rm(profile, { recursive: true, force: true });
});

test('cold start to a usable trip page', async () => {
  // Interleaved, so that the machine's other work falls on each alike.
  for (let i = 0; i < ITERATIONS; i++) for (const start of starts) start.times.push(await coldStart(start));
  const [empty, baseline, whole] = starts;
  if (!empty || !baseline || !whole) throw new Error('A profile is missing');
  const of = (start: Start, key: keyof Times) => start.times.map((time) => time[key]);
  const measures = ['launched', 'shell', 'shown', 'idle'] as const;
  const row = (start: Start) =>
    `${start.name.padEnd(32)}${measures
      .map((key) => `${ms(mean(of(start, key)), 8)}${ms(percentile(of(start, key), 50), 8)}`)
      .join('')}`;
  const ratios = (against: Start) =>
    measures
      .map((key) => {
        const average = (mean(of(whole, key)) / mean(of(against, key))).toFixed(2);
        return `${key} ${average}× (p50 ${(percentile(of(whole, key), 50) / percentile(of(against, key), 50)).toFixed(2)}×)`;
      })
      .join(', ');
  const heads = `${'mean'.padStart(11)}${'p50'.padStart(11)}`;
  const spread = (start: Start) =>
    `${ms(Math.min(...of(start, 'idle')), 0)} to ${ms(Math.max(...of(start, 'idle')), 0)}`;
  console.log(
    [
      '',
      `Cold start to a usable page, ${ITERATIONS} starts each (Chromium on a used profile on disk)`,
      `${''.padEnd(32)}${['launch → idle', 'navigation → shell', 'navigation → shown', 'navigation → idle']
        .map((head) => head.padStart(22))
        .join('')}`,
      `${''.padEnd(32)}${heads.repeat(4)}`,
      row(empty),
      row(baseline),
      row(whole),
      `  navigation → idle, min to max: ${starts.map((start) => spread(start)).join('; ')}`,
      `  full trip against the trip with no notes: ${ratios(baseline)}`,
      `  full trip against an empty database: ${ratios(empty)}; goal: within 1.2×`,
      '',
    ].join('\n'),
  );
}, 900_000);
