import { compileReport, type ReportOptions } from '@shared/report/compile';
import { compileItinerary } from '@shared/report/itinerary';
import { renderDocx } from '@shared/report/render/docx';
import { reportWords } from '@shared/report/words';
import { describe, expect, it } from 'vitest';
import { namedGovernor, sampleReportRecords } from '../fixtures/sampleReport';
import { convertWithLibreOffice, squeeze } from './support/libreOffice';

/** The sample trip's report in one layout, as LibreOffice reads it. */
const convertReport = async (options: ReportOptions, name: string) =>
  convertWithLibreOffice(await renderDocx(compileReport(sampleReportRecords(), options)), name);

describe('the report as a Word document, opened by LibreOffice', () => {
  it('converts the sample trip’s Korean | Japanese report to a PDF holding both languages, CJK fonts embedded', async () => {
    const { text, fonts, bytes } = await convertReport({ layout: 'sideBySide' }, 'report-ko-ja');
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
    const { text } = await convertReport({ layout: 'ja' }, 'report-ja');
    const flat = squeeze(text);
    for (const expected of [reportWords('ja').contents, ...Object.values(reportWords('ja').sections), '福岡県庁']) {
      expect(flat, expected).toContain(squeeze(expected));
    }
    expect(flat).not.toContain(squeeze(reportWords('ko').sections.findings));
  });

  it('opens a Japanese report and itinerary with a host’s reading over his name (Word’s ruby)', async () => {
    const records = { ...sampleReportRecords(), hostPeople: [namedGovernor()] };
    for (const [document, name] of [
      [compileReport(records, { layout: 'ja' }), 'report-ruby'],
      [compileItinerary(records, { layout: 'ja' }), 'itinerary-ruby'],
    ] as const) {
      const flat = squeeze((await convertWithLibreOffice(await renderDocx(document), name)).text);
      for (const expected of ['福岡県知事', '麻生渡', 'あそうわたる'])
        expect(flat, `${name}: ${expected}`).toContain(expected);
    }
  });
});
