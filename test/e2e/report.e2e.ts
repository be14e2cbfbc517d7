import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { destinationPages } from '@shared/report/pdfPages';
import { reportWords } from '@shared/report/words';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();
const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const HOSTILE = '<img src=x onerror=alert(1)>';
const out = path.resolve(import.meta.dirname, '../../out/report');
const [ko, ja] = [reportWords('ko'), reportWords('ja')];

/** The sample trip, with one answer at Fukuoka holding markup a member might paste, and its report open. */
async function openReport(app: App): Promise<void> {
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  await app.notes.openFromItinerary('후쿠오카현청');
  await app.notes.writeAs('강원도 과학기술전문위원');
  await app.notes.myAnswer(1).fill(`붙여 넣은 글 ${HOSTILE}`);
  await app.notes.waitUntilSaved();
  await app.page
    .getByRole('link', { name: app.t('common', 'tripNav.report') })
    .first()
    .click();
  await app.page.getByRole('heading', { name: app.t('report', 'screen.title'), level: 1 }).waitFor();
  // The organisers arrange and write the report.
  await app.page
    .getByRole('combobox', { name: app.t('report', 'screen.writingAs') })
    .selectOption({ label: 'STEPI 연수단장' });
}

async function saved(download: Download, name: string): Promise<Buffer> {
  await mkdir(out, { recursive: true });
  const file = path.join(out, name);
  await download.saveAs(file);
  return readFile(file);
}

describe('the post-trip report', () => {
  it('previews the sample trip’s report side by side, says what is untranslated, and follows the chosen sections', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openReport(app);
    const report = app.page.locator('article.doc');
    for (const heading of [ko.sections.findings, ja.sections.findings, ko.sections.roster, ja.sections.roster]) {
      await expect.poll(() => report.getByRole('heading', { name: heading }).count()).toBeGreaterThan(0);
    }
    expect(await report.locator('[lang="ja"]', { hasText: '福岡県庁' }).count()).toBeGreaterThan(0);
    // What a member pasted is shown as the text it is.
    await report.getByText(`붙여 넣은 글 ${HOSTILE}`).first().waitFor();
    expect(await report.locator('img').count()).toBe(0);
    expect(await app.page.locator('.report-export').innerText()).toMatch(/日本語: 번역되지 않은 글 \d+건/);

    await app.page.getByRole('checkbox', { name: ko.sections.roster }).uncheck();
    await expect.poll(() => report.getByRole('heading', { name: ko.sections.roster }).count()).toBe(0);
    await app.page.getByRole('button', { name: app.t('report', 'screen.moveUp', { section: ko.sections.qa }) }).click();
    const contents = await report.locator('.doc__contents li').allInnerTexts();
    expect(contents.slice(0, 3)).toEqual([
      `${ko.sections.findings} / ${ja.sections.findings}`,
      `${ko.sections.qa} / ${ja.sections.qa}`,
      `${ko.sections.visits} / ${ja.sections.visits}`,
    ]);
    expect(app.errors).toEqual([]);
  });

  it('exports Word, web page and Markdown files, asking first when texts are untranslated', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openReport(app);
    const exportAs = async (format: 'docx' | 'html' | 'md') => {
      await app.page.getByRole('button', { name: app.t('report', `screen.formats.${format}`) }).click();
      const dialog = app.page.getByRole('dialog');
      await dialog.waitFor();
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        dialog.getByRole('button', { name: app.t('report', 'screen.exportAnyway') }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      await app.page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
      return saved(download, `report.${format}`);
    };

    const docx = unzipSync(new Uint8Array(await exportAs('docx')));
    const xml = new TextDecoder().decode(docx['word/document.xml']);
    expect(xml).toContain(ko.sections.findings);
    expect(xml).toContain(ja.sections.findings);
    expect(xml).toContain('w:eastAsia="ja-JP"');
    expect(xml).toContain('붙여 넣은 글 &lt;img src=x onerror=alert(1)&gt;');

    const html = (await exportAs('html')).toString('utf8');
    // No script may run in the file: its policy allows none (default-src 'none', no script-src).
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(html).toContain('붙여 넣은 글 &lt;img src=x onerror=alert(1)&gt;');
    // Opened from disk with no network, it needs nothing else, and axe finds nothing in it.
    const file = await app.page.context().newPage();
    const fetched: string[] = [];
    file.on('request', (request) => fetched.push(request.url()));
    await file.goto(pathToFileURL(path.join(out, 'report.html')).href);
    expect(fetched.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await file.evaluate(axeSource);
    const axeFound = await file.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe;
      const result = (await axe.run(document)) as { violations: { id: string }[] };
      return result.violations.map((violation) => violation.id);
    });
    expect(axeFound).toEqual([]);
    await file.close();

    const markdown = (await exportAs('md')).toString('utf8');
    expect(markdown).toContain(ja.sections.findings);
    expect(markdown).not.toContain(HOSTILE);
    expect(app.errors).toEqual([]);
  });

  it('prints to a PDF with both languages, CJK fonts embedded, and no line starting with 。、」', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openReport(app);
    await mkdir(out, { recursive: true });
    const pdf = path.join(out, 'report.pdf');
    await app.page.emulateMedia({ media: 'print' });
    await app.page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
    for (const heading of [ko.contents, ja.contents, ...Object.values(ko.sections), ...Object.values(ja.sections)]) {
      expect(text.replace(/\s+/g, ''), heading).toContain(heading.replace(/\s+/g, ''));
    }
    // The screen around the report is not printed.
    for (const screenText of [app.t('report', 'screen.export'), app.t('report', 'screen.preview')]) {
      expect(text).not.toContain(screenText);
    }
    const japaneseLines = text
      .split('\n')
      .flatMap((line) => line.split(/\s{2,}/))
      .map((part) => part.trim());
    expect(japaneseLines.filter((part) => /^[。、」）]/.test(part))).toEqual([]);
    // Chromium embeds Noto CJK's glyphs as Type 3 fonts without a name: every font must be embedded.
    const [header = '', , ...fonts] = execFileSync('pdffonts', [pdf]).toString().split('\n').filter(Boolean);
    const embedded = header.indexOf('emb');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => line.slice(embedded, embedded + 3) !== 'yes')).toEqual([]);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '4', pdf, path.join(out, 'report-page')]);
    // A first print tells where each section of the contents begins (print:pageNumbers in the desktop app).
    const targets = await app.page
      .locator('.doc__contents a')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('href')?.slice(1), link.textContent]));
    const pages = destinationPages(new Uint8Array(await readFile(pdf)));
    expect(targets.length).toBeGreaterThan(5);
    for (const [target, heading] of targets) {
      const page = pages.get(target ?? '');
      if (page === undefined) throw new Error(`No page for ${target}`);
      const onPage = execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, pdf, '-']).toString();
      expect(onPage.replace(/\s+/g, '')).toContain((heading ?? '').replace(/\s+/g, ''));
    }
  });
});
