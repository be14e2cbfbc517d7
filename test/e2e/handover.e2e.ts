import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '@shared/i18n/languages';
import { takesNotes } from '@shared/model';
import { compileReport, type ReportOptions } from '@shared/report/compile';
import { WORD_JOINER } from '@shared/report/dates';
import { cellsOf, type ReportDocument } from '@shared/report/document';
import { destinationPages } from '@shared/report/pdfPages';
import type { ReportRecords } from '@shared/report/records';
import { renderDocx } from '@shared/report/render/docx';
import { renderHtml } from '@shared/report/render/html';
import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../fixtures/sampleReport';
import { browserPerFile } from './support/browser';
import { convertWithLibreOffice, squeeze } from './support/libreOffice';

/**
 * The hand-over check: the sample trip's report in every layout, and a
 * small trip's, as the two files a ministry official or a host would be
 * handed, a PDF printed by Chromium from the exported web page and the Word
 * file as LibreOffice lays it out, read back as text (pdftotext): every time
 * whole on one line, no line opening on a closing bracket or 、。」, the
 * overview's facts there, and a small trip a short document.
 */
const browser = browserPerFile();
const out = path.resolve(import.meta.dirname, '../../out/handover');

const LAYOUTS: ReportOptions['layout'][] = ['sideBySide', 'oneAfterOther', 'ko', 'ja'];
const WRITTEN_ON = '1996-11-15';

/** The sample trip cut to what a delegation might type by hand: three members, two visits, their notes. */
function smallTrip(): ReportRecords {
  const records = sampleReportRecords();
  const members = records.members.slice(0, 3);
  const visits = records.items.filter(takesNotes).slice(0, 2);
  const at = (id: string) => visits.some((visit) => visit.id === id);
  const by = (id: string | null) => members.some((member) => member.id === id);
  return {
    ...records,
    members,
    items: visits,
    answers: records.answers.filter((answer) => at(answer.visitId) && by(answer.memberId)),
    qaNotes: records.qaNotes.filter((note) => at(note.visitId)),
    minutes: records.minutes.filter((minutes) => at(minutes.visitId)),
    reportNotes: [],
  };
}

/** The lines of a PDF's text as pdftotext lays them out, each column of a line apart, invisible joiners dropped. */
function linesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  return text
    .replaceAll(WORD_JOINER, '')
    .split('\n')
    .flatMap((line) => line.split(/\s{2,}/))
    .map((part) => part.trim())
    .filter(Boolean);
}

const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);

const CLOCK_TIME = /\d{2}:\d{2}/g;

/** How many times of day (09:30) a document prints: in every text of every language it shows, originals beside them too. */
function timesIn(document: ReportDocument): number {
  const blocks = [...document.about, ...document.sections.flatMap((section) => section.blocks)];
  const texts = blocks
    .flatMap(cellsOf)
    .flatMap((cell) => cell.texts)
    .flatMap((text) => [text.text, text.original?.text ?? '']);
  return texts.reduce((count, text) => count + (text.match(CLOCK_TIME)?.length ?? 0), 0);
}

/**
 * What the hand-over check finds wrong with a document's lines: a time cut
 * (fewer whole times than the document prints), a range of times cut at
 * its mark, a line opening on a closing bracket or 、。」.
 */
function problemsOf(lines: readonly string[], times: number): string[] {
  const whole = lines.reduce((count, line) => count + (line.match(CLOCK_TIME)?.length ?? 0), 0);
  return [
    ...(whole < times ? [`${times - whole} of ${times} times cut`] : []),
    ...lines
      .filter((line) => /^[~～–]\s*\d{2}:\d{2}|\d{2}:\d{2}\s*[~～–]$/.test(line))
      .map((line) => `a range of times cut at its mark: ${line}`),
    ...lines.filter((line) => /^[)\]）」』】。、]/.test(line)).map((line) => `opens on a closing mark: ${line}`),
  ];
}

async function printedOnce(html: string): Promise<Uint8Array> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await page.close();
  }
}

/**
 * The document printed as the app prints it: once to learn where each
 * section begins, then with those pages in its contents. Answers the PDF's
 * path and the pages the contents gives.
 */
async function printed(document: ReportDocument, name: string) {
  const pages = destinationPages(await printedOnce(renderHtml(document)));
  const bytes = await printedOnce(renderHtml(document, { pages }));
  // Writing the numbers in moved no section.
  expect(destinationPages(bytes)).toEqual(pages);
  const pdf = path.join(out, `${name}.pdf`);
  await writeFile(pdf, bytes);
  return { pdf, pages };
}

/** The lines of one page of a PDF as pdftotext lays them out. */
const layoutLines = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'])
    .toString()
    .split('\n')
    .map((line) => line.trimEnd());

/** The text of one page of a PDF. */
const pageText = (pdf: string, page: number) =>
  squeeze(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']).toString());

const languagesOf = (layout: ReportOptions['layout']): Language[] =>
  layout === 'sideBySide' || layout === 'oneAfterOther' ? ['ko', 'ja'] : [layout];

describe('the report as it is handed over', () => {
  for (const layout of LAYOUTS) {
    it(`as a PDF and as Word, ${layout}: every time whole, no line opening on a closing mark, the overview there`, async () => {
      await mkdir(out, { recursive: true });
      const records = sampleReportRecords();
      const document = compileReport(records, { layout, writtenOn: WRITTEN_ON });
      const times = timesIn(document);
      expect(times).toBeGreaterThan(10);
      const numbered = await printed(document, `report-${layout}`);
      const pdf = linesOf(numbered.pdf);
      const { pdf: fromWord } = await convertWithLibreOffice(await renderDocx(document), `report-${layout}`);
      const word = linesOf(fromWord);
      expect(problemsOf(pdf, times), 'the PDF').toEqual([]);
      expect(problemsOf(word, times), 'Word, through LibreOffice').toEqual([]);
      const facts = languagesOf(layout).map((lang) => (lang === 'ko' ? '17명' : '17名'));
      for (const lines of [pdf, word]) for (const fact of facts) expect(squeeze(lines.join(''))).toContain(fact);
      // The contents gives every section's page, and each section's heading is on the page it gives.
      expect(numbered.pages.size).toBe(document.sections.length);
      const contents = layoutLines(numbered.pdf, 2);
      for (const section of document.sections) {
        const page = numbered.pages.get(section.anchor);
        if (page === undefined) throw new Error(`No page for ${section.anchor}`);
        const heading = squeeze(section.heading.texts[0]?.text ?? '');
        expect(contents.find((line) => squeeze(line).includes(heading))).toMatch(new RegExp(`\\s${page}$`));
        expect(pageText(numbered.pdf, page)).toContain(heading);
      }
    }, 120_000);
  }

  it('makes a short document of a small trip: a title page, the contents, and the sections flowing on', async () => {
    await mkdir(out, { recursive: true });
    const records = smallTrip();
    const document = compileReport(records, { layout: 'sideBySide', writtenOn: WRITTEN_ON });
    const { pdf } = await printed(document, 'small-trip');
    const { pdf: fromWord } = await convertWithLibreOffice(await renderDocx(document), 'small-trip');
    const pages = { pdf: pagesOf(pdf), word: pagesOf(fromWord) };
    await writeFile(path.join(out, 'small-trip-pages.json'), JSON.stringify(pages));
    console.info(`A small trip's report, Korean | Japanese: ${pages.pdf} pages as a PDF, ${pages.word} in Word.`);
    // Two pages for the title and the contents, then at most six for two visits' notes and the appendices.
    expect(pages.pdf).toBeLessThanOrEqual(8);
    expect(pages.word).toBeLessThanOrEqual(8);
    expect(problemsOf(linesOf(pdf), timesIn(document))).toEqual([]);
  }, 120_000);
});
