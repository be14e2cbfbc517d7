/**
 * The report of a trip with 500 notes printed to PDF by Chromium from the
 * report screen (the same view the desktop app prints with printToPDF), as
 * the app saves it: printed once to number its contents, then again;
 * against the floor of the same Chromium printing the same texts once as
 * plain paragraphs of a bare page, in the same run.
 */
import { compileReport } from '@shared/report/compile';
import { cellsOf } from '@shared/report/document';
import { destinationPages } from '@shared/report/pdfPages';
import { escapeHtml } from '@shared/report/render/htmlText';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { seedBrowserDatabase } from './browserDatabase';
import { tripWith500Notes } from './reportTrip';

const { records, tables } = tripWith500Notes();
let browser: Browser;
let page: Page;
let plain: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  page = await browser.newPage({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  await page.goto(inject('baseURL'));
  await page.locator('.app-main').waitFor();
  await seedBrowserDatabase(page, tables);
  await page.evaluate((tripId) => {
    window.location.hash = `#/trips/${tripId}/report`;
  }, records.trip.id);
  await page.locator('article.doc .doc__section').last().waitFor({ timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  plain = await browser.newPage({ locale: 'ko-KR' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;

test('the report of a trip with 500 notes, printed to PDF', async ({ bench }) => {
  const document = compileReport(records, { layout: 'sideBySide' });
  const texts = [...document.about, ...document.sections.flatMap((section) => section.blocks)]
    .flatMap(cellsOf)
    .flatMap((cell) => cell.texts.map((text) => text.text || text.original?.text || ''));
  await plain.setContent(
    `<!doctype html><html lang="ko"><body>${texts.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</body></html>`,
  );
  await plain.emulateMedia({ media: 'print' });
  let pages = 0;
  let plainPages = 0;
  let numbered = 0;
  const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const floorName = `floor: Chromium printing the same ${texts.length.toLocaleString('en')} texts as plain paragraphs (baseline)`;
  const pdfName = 'Chromium printing the report screen to PDF twice, numbering its contents (page.pdf, A4)';
  const result = await bench.compare(
    bench(floorName, async () => {
      plainPages = countPages(await plain.pdf({ format: 'A4' }));
    }),
    bench(pdfName, async () => {
      numbered = destinationPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).size;
      pages = countPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    }),
    { iterations: 5, time: 0 },
  );
  const floor = result.get(floorName).latency.mean;
  const pdf = result.get(pdfName).latency.mean;
  console.log(
    [
      '',
      `Report of a trip with 500 notes as PDF (mean of 5)`,
      `  plain paragraphs printed (baseline)  ${ms(floor)}   ${plainPages} pages`,
      `  the report printed twice             ${ms(pdf)}   ${(pdf / floor).toFixed(1)}× the floor, ${pages} pages, ${numbered} sections numbered`,
    ].join('\n'),
  );
}, 600_000);
