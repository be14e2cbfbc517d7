// @vitest-environment node
/**
 * Reading a business card in the app (issue 24), in Chromium on this
 * machine: from choosing a photo on the People page to the proposed fields
 * in the review form, the first card of a session (the reader's worker,
 * WebAssembly core and trained data loaded first) and the next ones (the
 * reader kept), each card reviewed, skipped, and the next chosen. Beside
 * them, the floor: tesseract.js reading the same photos in Node with the
 * same models already loaded and the same passes (shared/people/card/
 * reading.ts), and readCard proposing the fields. The Japanese cards of
 * test/e2e/support/cards.ts, photographed by Chromium with Noto CJK. The
 * first screen's bundle is measured by bundleSize.ts: the reader loads
 * apart from it.
 */
import { readCard } from '@shared/people/card/readCard';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { App } from '../test/e2e/pages/App';
import { labelled } from '../test/e2e/pages/labelled';
import { CARDS } from '../test/e2e/support/cards';
import { startCardReader } from '../test/e2e/support/cardsOcr';
import { photograph } from '../test/e2e/support/cardsPhoto';
import { CHROMIUM, mean, ms } from './chromium';

const SESSIONS = 3;
const cards = CARDS.filter((card) => card.side === 'ja');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser.close();
});

/** One session of the app: each photo chosen in turn, timed to its fields in the form; the first loads the reader. */
async function session(photos: readonly Buffer[]): Promise<number[]> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  const app = await App.open(page, inject('baseURL'));
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.people.open();
  await page.getByRole('button', { name: app.t('people', 'cards.open') }).click();
  const panel = page.getByRole('region', { name: app.t('people', 'cards.title') });
  const times: number[] = [];
  for (const [index, photo] of photos.entries()) {
    const started = performance.now();
    await labelled(panel, app.t('people', 'cards.choose')).setInputFiles({
      name: `card-${index}.png`,
      mimeType: 'image/png',
      buffer: photo,
    });
    // The review shows once the card is read: its e-mail, read on every card, filled in.
    const email = labelled(panel, app.t('people', 'form.email'));
    await email.waitFor();
    while ((await email.inputValue()) === '') await page.waitForTimeout(20);
    times.push(performance.now() - started);
    await panel.getByRole('button', { name: app.t('people', 'cards.skip') }).click();
    await email.waitFor({ state: 'detached' });
  }
  await context.close();
  return times;
}

test('reading one business card: photo to proposed fields, the first and the next', async () => {
  const photos = await Promise.all(cards.map((card) => photograph(browser, card)));

  const reader = await startCardReader();
  const floor: number[] = [];
  for (const [index, photo] of photos.entries()) {
    const started = performance.now();
    readCard(await reader.read(photo, 'ja'));
    if (index > 0) floor.push(performance.now() - started);
  }
  const loading = Object.values(reader.loading);
  await reader.close();

  const firsts: number[] = [];
  const nexts: number[] = [];
  for (let round = 0; round < SESSIONS; round += 1) {
    const [first = 0, ...next] = await session(photos);
    firsts.push(first);
    nexts.push(...next);
  }
  const floorNext = mean(floor);
  console.log(
    `\nReading a Japanese business card in the app (Chromium, ${SESSIONS} sessions of ${photos.length} cards)`,
  );
  console.log(
    `  first card of a session, the reader loaded   ${ms(mean(firsts))}  (max ${ms(Math.max(...firsts), 0)})`,
  );
  console.log(
    `  each next card                               ${ms(mean(nexts))}  ${(mean(nexts) / floorNext).toFixed(2)}x the floor`,
  );
  console.log(
    `  floor: tesseract.js in Node, models loaded   ${ms(floorNext)}  (loading them: ${ms(Math.max(...loading), 0)})`,
  );
}, 900_000);
