/**
 * The report of a trip with 500 notes printed to PDF by Chromium from the
 * report screen (the same view the desktop app prints with printToPDF),
 * against the floor of the `docx` package writing the same texts as plain
 * paragraphs, in the same run.
 */
import { compileReport } from '@shared/report/compile';
import { cellsOf } from '@shared/report/document';
import { Document, Packer, Paragraph } from 'docx';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { seedBrowserDatabase } from './browserDatabase';
import { tripWith500Notes } from './reportTrip';

const { records, tables } = tripWith500Notes();
let browser: Browser;
let page: Page;

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
  let pages = 0;
  const floorName = `floor: docx writing the same ${texts.length.toLocaleString('en')} texts as plain paragraphs (baseline)`;
  const pdfName = 'Chromium printing the report screen to PDF (page.pdf, A4)';
  const result = await bench.compare(
    bench(floorName, async () => {
      await Packer.toArrayBuffer(new Document({ sections: [{ children: texts.map((text) => new Paragraph(text)) }] }));
    }),
    bench(pdfName, async () => {
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }),
    { iterations: 5, time: 0 },
  );
  const floor = result.get(floorName).latency.mean;
  const pdf = result.get(pdfName).latency.mean;
  console.log(
    [
      '',
      `Report of a trip with 500 notes as PDF (mean of 5)`,
      `  docx, plain paragraphs (baseline)   ${ms(floor)}`,
      `  the report printed to PDF           ${ms(pdf)}   ${(pdf / floor).toFixed(1)}× the floor, ${pages} pages`,
    ].join('\n'),
  );
}, 600_000);
