import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labelled } from './pages/labelled';
import { browserPerFile, openApp } from './support/browser';
import { CARDS } from './support/cards';
import { photograph } from './support/cardsPhoto';
import { capture } from './support/screenshots';

const browser = browserPerFile();

/** Fukuoka's section chief's card, across, in Japanese (support/cards.ts). */
const card = CARDS.find((one) => one.id === 'prefecture, horizontal');

/**
 * The trained data as the desktop app (electron/protocol.ts) and the sync server serve them: the gzip bytes as
 * they are, which the OCR's worker unzips itself (the preview server would send them as Content-Encoding: gzip);
 * or, `damaged`, bytes no model is made of.
 */
async function serveTrainedData(page: Page, damaged = false): Promise<void> {
  await page.context().route('**/ocr/*.traineddata.gz', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const model = file.replace('.traineddata.gz', '');
    const body = damaged
      ? Buffer.from('not a model')
      : await readFile(new URL(`../../node_modules/@tesseract.js-data/${model}/4.0.0/${file}`, import.meta.url));
    await route.fulfill({ body, contentType: 'application/octet-stream' });
  });
}

/** The sample trip's People page in `locale`, the card reader opened and the card's photo chosen in it. */
async function cardChosen(locale: string, damaged = false) {
  if (!card) throw new Error('No card');
  const photo = await photograph(browser(), card);
  const app = await openApp(browser(), locale);
  const { page } = app;
  await serveTrainedData(page, damaged);
  if (damaged) app.expectOcrFailure();
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.people.open();
  await page.getByRole('button', { name: app.t('people', 'cards.open') }).click();
  const panel = page.getByRole('region', { name: app.t('people', 'cards.title') });
  await labelled(panel, app.t('people', 'cards.choose')).setInputFiles({
    name: 'meishi.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  return { app, page, panel };
}

describe('a business card read in the app', () => {
  it('photo to review to the directory: the person is met on the Fukuoka visit, in the minutes and the printed itinerary', {
    timeout: 240_000,
  }, async () => {
    const { app, page, panel } = await cardChosen('ja-JP');
    // Read in the page by the app's own OCR (its worker, WebAssembly and trained data served with the app).
    const email = labelled(panel, app.t('people', 'form.email'));
    await expect.poll(() => email.inputValue(), { timeout: 180_000, interval: 500 }).not.toBe('');
    expect(await email.inputValue()).toBe('yamada-t@pref.fukuoka.lg.jp');
    expect(await labelled(panel, app.t('people', 'form.phone')).inputValue()).toBe('092-643-3000');
    const name = labelled(panel, app.t('people', 'form.nameJa'));
    expect((await name.inputValue()).replace(/\s/g, '')).toBe('山田太郎');
    await page.setViewportSize({ width: 1280, height: 900 });
    await capture(app, 'card-review', { fullPage: true });
    // Corrected beside the photo before it is saved, as the user checks each field.
    await name.fill('山田 太郎');
    await panel.getByRole('button', { name: app.t('people', 'cards.save') }).click();
    await page.getByRole('status').filter({ hasText: '山田' }).first().waitFor();
    expect((await app.people.cards()).some((one) => one.includes('山田 太郎') && one.includes('課長'))).toBe(true);
    // The card's photo is kept with them, and opens large from their card.
    const kept = page.getByRole('img', { name: app.t('people', 'cardPhoto.alt', { name: '山田 太郎' }) });
    await kept.first().click();
    await page.getByRole('dialog', { name: app.t('people', 'cardPhoto.alt', { name: '山田 太郎' }) }).waitFor();
    await capture(app, 'card-photo');
    await page.keyboard.press('Escape');

    // Met on the Fukuoka visit: picked by the reading the card gave.
    await app.itinerary.open();
    await app.itinerary.openItem('福岡県庁');
    const picker = page.getByRole('combobox', { name: app.t('itinerary', 'form.pickContact') });
    await picker.pressSequentially('やまだ');
    await page.getByRole('option', { name: /山田 太郎/ }).click();
    await page.getByRole('button', { name: app.t('itinerary', 'form.save') }).click();
    await app.itinerary.heading().waitFor();

    // The minutes' picker of hosts present offers them.
    await app.notes.openFromItinerary('福岡県庁');
    await app.notes.show('minutes');
    const hosts = page.getByRole('combobox', { name: app.t('notes', 'minutes.pickHost') });
    await hosts.pressSequentially('やまだ');
    await page
      .getByRole('option', { name: /山田 太郎/ })
      .first()
      .waitFor();
    await page.keyboard.press('Escape');

    // And the printed itinerary lists them under the visit's address, with their title.
    await app.itinerary.open();
    await page.getByRole('link', { name: app.t('itinerary', 'page.print') }).click();
    const fukuoka = page.getByRole('article').locator('tr', { hasText: '福岡県庁' });
    await fukuoka.waitFor();
    expect(await fukuoka.innerText()).toContain('山田 太郎');
  });

  it('says so when the reader cannot start, and the card is filled in by hand from its photo', {
    timeout: 120_000,
  }, async () => {
    const { app, page, panel } = await cardChosen('ko-KR', true);
    await panel.getByText(app.t('people', 'cards.failed.error')).waitFor({ timeout: 60_000 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await capture(app, 'card-failed', { fullPage: true });
    await labelled(panel, app.t('people', 'form.nameJa')).fill('山田 太郎');
    await labelled(panel, app.t('people', 'form.email')).fill('yamada-t@pref.fukuoka.lg.jp');
    await panel.getByRole('button', { name: app.t('people', 'cards.save') }).click();
    await page.getByRole('status').filter({ hasText: '山田' }).first().waitFor();
    expect((await app.people.cards()).some((one) => one.includes('yamada-t@pref.fukuoka.lg.jp'))).toBe(true);
  });
});
