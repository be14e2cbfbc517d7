import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';

/** Screenshots of the main screens, for people to look at (out/screenshots), with what each must show. */
const folder = path.resolve(import.meta.dirname, '../../out/screenshots');

const browser = browserPerFile();
beforeAll(async () => {
  await mkdir(folder, { recursive: true });
});

async function capture(app: App, name: string): Promise<void> {
  await app.page.screenshot({ path: path.join(folder, `${app.language}-${name}.png`), fullPage: true });
}

describe.each([
  ['ko-KR', '연수 목록', '필수 항목입니다.', '연수단'],
  ['ja-JP', '視察一覧', '必須項目です。', '視察団'],
])('main screens in %s', (locale, listHeading, requiredMessage, rosterHeading) => {
  it('trip list, trip form with a validation error, roster', async () => {
    const app = await openApp(browser(), locale);
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.page.getByRole('heading', { level: 2, name: new RegExp(`^${rosterHeading} 17$`) }).waitFor();
    await app.trip.visits().first().waitFor();
    await capture(app, 'roster');

    await app.page.getByRole('link', { name: listHeading }).first().click();
    await app.tripList.heading().waitFor();
    await expect.poll(() => app.tripList.titles()).toHaveLength(1);
    await capture(app, 'trip-list');

    // The first trip on this device asks who visits whom.
    await app.page
      .getByRole('link', { name: app.t('trips', 'list.new') })
      .first()
      .click();
    await app.page.getByRole('heading', { name: app.t('trips', 'parties.question') }).waitFor();
    await capture(app, 'trip-parties');
    await app.tripForm.sayWhoVisitsWhom('KR', 'JP');
    await app.tripForm.fill({ startDate: '2026-05-13', endDate: '2026-05-11' });
    await app.tripForm.create();
    await app.page.getByText(requiredMessage).first().waitFor();
    await capture(app, 'trip-form-error');
  });

  it('itinerary table and timeline, and the printed itinerary as PDF pages', async () => {
    const app = await openApp(browser(), locale);
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    await capture(app, 'itinerary-table');
    await app.itinerary.showTimeline();
    await capture(app, 'itinerary-timeline');
    await app.page.getByRole('link', { name: app.t('itinerary', 'page.print') }).click();
    await app.page.locator('article.doc .doc__section').first().waitFor();
    const pdf = path.join(folder, `${app.language}-itinerary.pdf`);
    await writeFile(pdf, await app.page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(folder, `${app.language}-itinerary-pdf`)]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('후쿠오카현청');
    expect(text).toContain('福岡県庁');
  });

  it('a visit’s notes (checklist and Q&A) and the coverage matrix', async () => {
    const app = await openApp(browser(), locale);
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    await app.notes.openFromItinerary(app.language === 'ja' ? '福岡県庁' : '후쿠오카현청');
    await app.notes.writeAs('부산광역시 과학기술전문위원');
    await app.page.locator('.question-card').first().waitFor();
    await capture(app, 'notes-checklist');
    await app.notes.show('qa');
    await app.notes.qaNotes().nth(7).waitFor();
    await capture(app, 'notes-qa');
    await app.page.getByRole('link', { name: app.t('common', 'tripNav.coverage') }).click();
    await app.page.locator('table.coverage tbody tr').nth(5).waitFor();
    // Ten items take notes (six visits, three lectures, a meeting); Fukuoka's fill their six cells.
    expect(await app.page.locator('.coverage__cell--gap').count()).toBe(54);
    await capture(app, 'coverage');
  });
});
