// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyOf, languageOf, textOf, W } from '../../../test/fixtures/docxXml';
import { namedGovernor, sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { compileItinerary } from '../itinerary';
import { renderDocx } from './docx';

const cellsOf = (row: Element | undefined) => [...(row?.getElementsByTagNameNS(W, 'tc') ?? [])].map(textOf);

describe('the itinerary as a Word document', () => {
  it('gives each visit in Korean and in Japanese, each text marked with its language', async () => {
    const xml = bodyOf(await renderDocx(compileItinerary(sampleReportRecords(), { layout: 'sideBySide' })));
    const rows = [...xml.getElementsByTagNameNS(W, 'tr')];
    const fukuoka = rows.find((row) => textOf(row).includes('福岡県庁'));
    // Each cell holds the Korean text, then the Japanese.
    expect(cellsOf(fukuoka)).toEqual([
      '15:20~16:1015:20\u2060～\u206016:10',
      '방문訪問',
      '후쿠오카현청福岡県庁',
      '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7후쿠오카현 지사福岡県福岡市博多区東公園7-7福岡県知事',
      '',
      '연수단 전원 (예상 인원: 양측 합계 약 30명)研修団全員（予定人数: 双方の合計約30名）',
    ]);
    expect(languageOf(xml, '후쿠오카현청')).toBe('ko-KR');
    expect(languageOf(xml, '福岡県庁')).toBe('ja-JP');
    expect(languageOf(xml, '10:00（韓国標準時）\u2060～\u206011:20（日本標準時）')).toBe('ja-JP');
    const body = textOf(xml.documentElement);
    expect(body).toContain('3日目　1996年10月22日(火)');
    expect(body).toContain('3일차 · 1996년 10월 22일 (화)');
  });

  it('prints a host’s reading over the Japanese name as Word’s ruby, never over the Korean', async () => {
    const records = { ...sampleReportRecords(), hostPeople: [namedGovernor()] };
    const xml = bodyOf(await renderDocx(compileItinerary(records, { layout: 'sideBySide' })));
    const [ruby, ...others] = [...xml.getElementsByTagNameNS(W, 'ruby')];
    expect(others).toEqual([]);
    const part = (name: string) => ruby?.getElementsByTagNameNS(W, name)[0];
    const setting = (name: string) => part(name)?.getAttributeNS(W, 'val');
    expect([...(part('rubyPr')?.children ?? [])].map((child) => child.localName)).toEqual([
      'rubyAlign',
      'hps',
      'hpsRaise',
      'hpsBaseText',
      'lid',
    ]);
    // Over a table's small type (9 pt), the reading at half its size, in Japanese.
    expect(['hps', 'hpsBaseText', 'lid'].map(setting)).toEqual(['9', '18', 'ja-JP']);
    expect(textOf(part('rt') as Element)).toBe('あそう わたる');
    expect(textOf(part('rubyBase') as Element)).toBe('麻生 渡');
    expect(part('rubyBase')?.getElementsByTagNameNS(W, 'lang')[0]?.getAttributeNS(W, 'eastAsia')).toBe('ja-JP');
    const fukuoka = [...xml.getElementsByTagNameNS(W, 'tr')].find((row) => textOf(row).includes('福岡県庁'));
    expect(cellsOf(fukuoka)[3]).toBe(
      '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7후쿠오카현 지사 아소 와타루' +
        '福岡県福岡市博多区東公園7-7福岡県知事 あそう わたる麻生 渡',
    );
  });

  it('repeats each day’s header row on every page and keeps rows whole; the roster ends it', async () => {
    const xml = bodyOf(await renderDocx(compileItinerary(sampleReportRecords(), { layout: 'ja' })));
    const tables = [...xml.getElementsByTagNameNS(W, 'tbl')];
    // Ten days with items, then the roster.
    expect(tables).toHaveLength(11);
    for (const table of tables) {
      const [header, ...rows] = [...table.getElementsByTagNameNS(W, 'tr')];
      expect(header?.getElementsByTagNameNS(W, 'tblHeader')).toHaveLength(1);
      expect(cellsOf(header)[0]).toMatch(/^(時間|氏名)$/);
      for (const row of rows) expect(row.getElementsByTagNameNS(W, 'cantSplit')).toHaveLength(1);
    }
    expect(textOf(tables.at(-1) as Element)).toContain('京畿道 科学技術専門委員 1');
    expect(textOf(xml.documentElement)).not.toContain('후쿠오카현청');
  });
});
