// @vitest-environment jsdom
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyOf, languageOf, textOf, W } from '../../../test/fixtures/docxXml';
import { HOSTILE, report } from '../../../test/fixtures/reportDocument';
import { renderDocx } from './docx';

describe('the report as a Word document', () => {
  it('sets Korean and Japanese side by side, each in its own column, marked with its language', async () => {
    const xml = bodyOf(await renderDocx(report('sideBySide')));
    const rows = [...xml.getElementsByTagNameNS(W, 'tr')];
    const row = rows.find((candidate) => textOf(candidate).includes('현 예산의 1/4~1/5'));
    const cells = [...(row?.getElementsByTagNameNS(W, 'tc') ?? [])].map(textOf);
    expect(cells).toEqual(['조사 결과현 예산의 1/4~1/5', '調査結果県予算の4分の1から5分の1']);
    expect(languageOf(xml, '현 예산의 1/4~1/5')).toBe('ko-KR');
    expect(languageOf(xml, '県予算の4分の1から5分の1')).toBe('ja-JP');
    const fonts = [...xml.getElementsByTagNameNS(W, 'rFonts')];
    expect(fonts.map((font) => font.getAttributeNS(W, 'eastAsia'))).toEqual(
      expect.arrayContaining(['Malgun Gothic', 'Yu Gothic']),
    );
    // Digits and Latin letters in a sans-serif, never Word's serif default.
    for (const font of fonts)
      expect([font.getAttributeNS(W, 'ascii'), font.getAttributeNS(W, 'hAnsi')]).toEqual(['Arial', 'Arial']);
  });

  it('names who answered a Q&A note, in each language, as the web page does', async () => {
    const xml = bodyOf(await renderDocx(report('sideBySide')));
    const paragraphs = [...xml.getElementsByTagNameNS(W, 'p')].map(textOf);
    expect(paragraphs).toContain('후쿠오카현청 · 답변자: 지사');
    expect(paragraphs).toContain('福岡県庁 · 回答者: 知事');
  });

  it('marks a text not yet translated, in the reader’s language, with its original beside it', async () => {
    const xml = bodyOf(await renderDocx(report('sideBySide')));
    const row = [...xml.getElementsByTagNameNS(W, 'tr')].find((candidate) => textOf(candidate).includes('김 위원'));
    const [, japanese] = [...(row?.getElementsByTagNameNS(W, 'tc') ?? [])].map(textOf);
    expect(japanese).toBe('金委員[未翻訳] 공업기술센터를 국비 매칭으로 운영');
  });

  it('repeats table headers on every page and keeps rows whole', async () => {
    const xml = bodyOf(await renderDocx(report('sideBySide')));
    const tables = [...xml.getElementsByTagNameNS(W, 'tbl')];
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      const [header, ...rows] = [...table.getElementsByTagNameNS(W, 'tr')];
      expect(header?.getElementsByTagNameNS(W, 'tblHeader')).toHaveLength(1);
      for (const row of rows) expect(row.getElementsByTagNameNS(W, 'cantSplit')).toHaveLength(1);
    }
    const roster = tables.find((table) => textOf(table).includes('김철수'));
    expect(textOf(roster as Element)).toContain('キム・チョルス');
  });

  it('keeps a hostile text as the text it is', async () => {
    const xml = bodyOf(await renderDocx(report('oneAfterOther')));
    const texts = [...xml.getElementsByTagNameNS(W, 't')].map((node) => node.textContent);
    expect(texts).toContain(HOSTILE);
    expect(xml.getElementsByTagName('img')).toHaveLength(0);
  });

  it('has a contents field Word fills in on opening, its entries written in and linked to each section, and numbers its pages', async () => {
    const bytes = await renderDocx(report('oneAfterOther'));
    const xml = bodyOf(bytes);
    const field = [...xml.getElementsByTagNameNS(W, 'instrText')].map((text) => text.textContent ?? '').join('');
    expect(field).toMatch(/TOC \\h.*\\o "1-1"|TOC .*\\o "1-1".*\\h/);
    const links = [...xml.getElementsByTagNameNS(W, 'hyperlink')];
    const marks = [...xml.getElementsByTagNameNS(W, 'bookmarkStart')].map((mark) => mark.getAttributeNS(W, 'name'));
    expect(links.map(textOf)).toEqual([expect.stringContaining('조사 결과'), expect.stringContaining('명단')]);
    expect(marks).toEqual(expect.arrayContaining(links.map((link) => link.getAttributeNS(W, 'anchor'))));
    const settings = Object.entries(unzipSync(bytes)).find(([name]) => name === 'word/settings.xml');
    expect(new TextDecoder().decode(settings?.[1])).toContain('updateFields');
    const footer = Object.entries(unzipSync(bytes)).find(([name]) => name.startsWith('word/footer'));
    expect(new TextDecoder().decode(footer?.[1])).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('says how far it has come, section by section', async () => {
    const steps: [number, number][] = [];
    await renderDocx(report('single'), { onProgress: (done, total) => steps.push([done, total]) });
    expect(steps).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
