import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { compileReport, type ReportOptions } from '@shared/report/compile';
import { renderDocx } from '@shared/report/render/docx';
import { reportWords } from '@shared/report/words';
import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../fixtures/sampleReport';

const run = promisify(execFile);

/**
 * LibreOffice stands in for Word on these machines: it opens the DOCX
 * headless and converts it to PDF, which fails on a file it would have to
 * repair. Its own profile per run, so that no other LibreOffice gets in the way.
 */
async function convertWithLibreOffice(options: ReportOptions, name: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'fieldbook-docx-'));
  const docx = path.join(folder, `${name}.docx`);
  await writeFile(docx, await renderDocx(compileReport(sampleReportRecords(), options)));
  const { stderr } = await run(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx],
    { timeout: 120_000 },
  );
  const pdf = path.join(folder, `${name}.pdf`);
  expect(stderr).not.toMatch(/error/i);
  const text = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  const fonts = (await run('pdffonts', [pdf])).stdout;
  return { text, fonts, pdf, bytes: await readFile(pdf) };
}

/** pdftotext puts spaces between CJK characters of justified lines; compare without them. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the report as a Word document, opened by LibreOffice', () => {
  it('converts the sample trip’s Korean | Japanese report to a PDF holding both languages, CJK fonts embedded', async () => {
    const { text, fonts, bytes } = await convertWithLibreOffice({ layout: 'sideBySide' }, 'report-ko-ja');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = squeeze(text);
    const [ko, ja] = [reportWords('ko'), reportWords('ja')];
    const headings = [ko.contents, ja.contents, ...Object.values(ko.sections), ...Object.values(ja.sections)];
    for (const expected of [...headings.map(squeeze), '福岡県庁', '후쿠오카현청']) {
      expect(flat, expected).toContain(expected);
    }
    expect(fonts).toMatch(/CJK/);
    expect(
      fonts
        .split('\n')
        .filter((line) => /CJK/.test(line))
        .every((line) => / yes /.test(line)),
    ).toBe(true);
  });

  it('converts a Japanese-only report for the hosts', async () => {
    const { text } = await convertWithLibreOffice({ layout: 'ja' }, 'report-ja');
    const flat = squeeze(text);
    for (const expected of [reportWords('ja').contents, ...Object.values(reportWords('ja').sections), '福岡県庁']) {
      expect(flat, expected).toContain(squeeze(expected));
    }
    expect(flat).not.toContain(squeeze(reportWords('ko').sections.findings));
  });
});
