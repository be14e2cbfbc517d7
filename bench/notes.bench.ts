// @vitest-environment node
/**
 * Notes at full size, in Chromium with its real IndexedDB: opening a visit's
 * notes and the coverage matrix of a trip with 20 visits, 17 members, every
 * answer written, 300 Q&A notes and minutes everywhere, against the same
 * trip with no notes (the baseline); and the time from a keystroke to the
 * note being durably saved, against a bare IndexedDB put of the same record.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { assertValid, bigTrip } from './bigTrip';
import { seedBrowserDatabase } from './browserDatabase';

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const full = bigTrip(true);
const bare = bigTrip(false);
let browser: Browser;
let page: Page;

async function go(hash: string, ready: (page: Page) => Promise<unknown>) {
  await page.evaluate((to) => {
    window.location.hash = to;
  }, hash);
  await ready(page);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

beforeAll(async () => {
  assertValid(full.records);
  assertValid(bare.records);
  browser = await chromium.launch(LAUNCH);
  page = await browser.newPage({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  await page.goto(inject('baseURL'));
  await page.locator('.app-main').waitFor();
  await seedBrowserDatabase(page, full.records);
  await seedBrowserDatabase(page, bare.records);
  await page.reload();
  await page.locator('.trip-card').nth(1).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const visitOf = (trip: typeof full, index: number) => trip.visits[index]?.id ?? '';
const toTrips = () => go('#/', (p) => p.locator('.trip-list').waitFor());

test('open a visit’s notes', async ({ bench }) => {
  await bench.compare(
    bench('empty visit (baseline)', { beforeEach: toTrips }, () =>
      go(`#/trips/${bare.trip.id}/visits/${visitOf(bare, 3)}/checklist`, (p) =>
        p.locator('.question-card').nth(5).getByText('아직 다른 단원의 답변이 없습니다.').waitFor(),
      ),
    ),
    bench('visit with 102 answers, 15 Q&A notes, minutes', { beforeEach: toTrips }, () =>
      go(`#/trips/${full.trip.id}/visits/${visitOf(full, 3)}/checklist`, (p) =>
        p.locator('.question-card').nth(5).locator('.answer').nth(16).waitFor(),
      ),
    ),
    { iterations: 15, time: 0 },
  );
});

test('open the coverage matrix', async ({ bench }) => {
  await bench.compare(
    bench('20 visits, no notes (baseline)', { beforeEach: toTrips }, () =>
      go(`#/trips/${bare.trip.id}/coverage`, (p) => p.locator('table.coverage tbody tr').nth(19).waitFor()),
    ),
    bench('20 visits, 2,040 answers, 300 Q&A notes', { beforeEach: toTrips }, () =>
      go(`#/trips/${full.trip.id}/coverage`, (p) => p.getByText('빈 칸 0개').waitFor()),
    ),
    { iterations: 15, time: 0 },
  );
});

test('keystroke to durable save', async () => {
  const SAMPLES = 30;
  await go(`#/trips/${full.trip.id}/visits/${visitOf(full, 5)}/checklist`, (p) =>
    p.locator('.question-card').first().waitFor(),
  );
  await page.getByRole('combobox', { name: '작성자' }).selectOption({ label: '강원도 과학기술전문위원 · 강원도' });
  const field = page.locator('.question-card').first().getByLabel('내 답변');
  await field.click();
  await page.keyboard.press('Control+End');

  // One keystroke at a time: the page notes when it arrives, when its draft is in IndexedDB (from
  // then on a crash cannot lose it) and when the indicator says it is saved. The listeners are in
  // place before the key is sent (an input event can overtake a script).
  const measured: number[] = [];
  const drafted: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await page.evaluate(async () => {
      const indicator = document.querySelector('.save-indicator');
      const field = document.activeElement as HTMLTextAreaElement;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fieldbook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const timing = { start: 0 };
      const state = window as unknown as { saved: Promise<number>; drafted: Promise<number> };
      state.saved = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (timing.start && indicator?.getAttribute('data-state') === 'saved') {
            observer.disconnect();
            db.close();
            resolve(performance.now() - timing.start);
          }
        });
        if (indicator) observer.observe(indicator, { attributes: true, attributeFilter: ['data-state'] });
      });
      state.drafted = new Promise<number>((resolve) => {
        const poll = (length: number) => {
          const request = db.transaction('drafts').objectStore('drafts').getAll();
          request.onsuccess = () => {
            const rows = request.result as { kind: string; value: unknown }[];
            if (rows.some((row) => row.kind === 'note' && String(row.value).length === length)) {
              resolve(performance.now() - timing.start);
            } else setTimeout(() => poll(length), 0);
          };
        };
        window.addEventListener(
          'keydown',
          () => {
            timing.start = performance.now();
            poll(field.value.length + 1);
          },
          { once: true, capture: true },
        );
      });
    });
    // A key with a keydown of its own (text outside ASCII is inserted without one).
    await page.keyboard.press('KeyA');
    drafted.push(await page.evaluate(() => (window as unknown as { drafted: Promise<number> }).drafted));
    measured.push(await page.evaluate(() => (window as unknown as { saved: Promise<number> }).saved));
  }

  const record = full.records.checklistAnswers?.[0];
  const bare: number[] = await page.evaluate(
    async ({ answer, samples }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('fieldbook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const start = performance.now();
        const tx = db.transaction('checklistAnswers', 'readwrite');
        tx.objectStore('checklistAnswers').put({ ...(answer as object), updatedAt: new Date().toISOString() });
        await new Promise((resolve) => {
          tx.oncomplete = resolve;
        });
        times.push(performance.now() - start);
      }
      db.close();
      return times;
    },
    { answer: record, samples: SAMPLES },
  );

  const row = (name: string, values: number[]) =>
    `${name.padEnd(52)}${percentile(values, 50).toFixed(1).padStart(9)} ms${percentile(values, 95).toFixed(1).padStart(9)} ms`;
  console.log(
    [
      '',
      'Keystroke to durable save (real IndexedDB in Chromium)',
      `${''.padEnd(52)}${'p50'.padStart(12)}${'p95'.padStart(12)}`,
      row('keystroke → its draft stored (what a crash can lose)', drafted),
      row('keystroke → answer saved (includes the 300 ms pause)', measured),
      row(
        '  of which the save itself',
        measured.map((ms) => ms - 300),
      ),
      row('bare IndexedDB put of the same record (baseline)', bare),
      '',
    ].join('\n'),
  );
});
