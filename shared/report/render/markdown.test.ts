import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, hostileReportRecords } from '../../../test/fixtures/hostileReport';
import { namedGovernor, sampleReportRecords } from '../../../test/fixtures/sampleReport';
import type { ChecklistAnswer } from '../../model';
import { compileReport } from '../compile';
import { compileItinerary } from '../itinerary';
import { renderMarkdown } from './markdown';

/** The cells of a Markdown table row, split at the pipes that are not escaped. */
const cellsOf = (line: string) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/** Every table in the text, as its rows of cells. */
function tables(markdown: string): string[][][] {
  const blocks = markdown.split('\n\n').filter((block) => block.startsWith('| '));
  return blocks.map((block) => block.trim().split('\n').map(cellsOf));
}

describe('the report as Markdown', () => {
  const records = sampleReportRecords();
  const translated = records.answers.find((answer) => answer.body.text.startsWith('산업진흥은')) as ChecklistAnswer;
  translated.body = { ...translated.body, translations: { ja: '産業振興は必ず必要との立場。' }, reviewed: {} };
  // One answer as written, before the sample's reviewed translation.
  const bare = records.answers.find((answer) => answer.body.text.startsWith('총예산')) as ChecklistAnswer;
  bare.body = { lang: 'ko', text: bare.body.text, translations: {} };
  const markdown = renderMarkdown(compileReport(records, { layout: 'sideBySide' }));

  it('has the headings and contents in both languages', () => {
    expect(markdown).toMatch(/^# 일본 지자체 과학기술혁신체제 교육연수단 \/ 日本地方自治体科学技術革新体制研修団\n/);
    expect(markdown).toContain('## 목차 / 目次');
    expect(markdown).toContain('1. [체크사항별 조사 결과 / チェック項目別の調査結果](#section-findings)');
    expect(markdown).toContain('## <a id="section-findings"></a>체크사항별 조사 결과 / チェック項目別の調査結果');
  });

  it('puts Korean and Japanese side by side in table columns, marking what is not translated', () => {
    const sideBySide = tables(markdown).filter((table) => table[0]?.join() === '한국어,日本語');
    const rows = sideBySide.flatMap((table) => table.slice(2));
    const row = rows.find((cells) => cells[0]?.includes('산업진흥은 반드시 필요하다는'));
    expect(row?.[1]).toContain('産業振興は必ず必要との立場。 _\\(翻訳（下書き）\\)_');
    const untranslated = rows.find((cells) => cells[0]?.includes('엔, 재정자립도 50%'));
    expect(untranslated?.[1]).toBe('_ソウル特別市 科学技術専門委員 · 福岡県庁_<br>_\\[未翻訳\\]_');
  });

  it('keeps every table row as wide as its header', () => {
    for (const table of tables(markdown)) {
      for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
    }
  });

  it('in Japanese alone gives the original of an untranslated note, marked as such', () => {
    const japanese = renderMarkdown(compileReport(records, { layout: 'ja' }));
    expect(japanese).toContain('_\\[未翻訳\\]_ 原文: 총예산 1조 6천억 엔');
    expect(japanese).not.toContain('## 목차');
  });
});

describe('a host’s name in Markdown, with its reading', () => {
  const records = { ...sampleReportRecords(), hostPeople: [namedGovernor()] };

  it('gives the reading in brackets after the Japanese name, and none after the Korean', () => {
    const itinerary = renderMarkdown(compileItinerary(records, { layout: 'sideBySide' }));
    const row = tables(itinerary)
      .flat()
      .find((cells) => cells[2]?.includes('福岡県庁'));
    expect(row?.[3]).toBe(
      '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7<br>후쿠오카현 지사 아소 와타루<br>' +
        '福岡県福岡市博多区東公園7-7<br>福岡県知事 麻生 渡（あそう わたる）',
    );
    const report = renderMarkdown(compileReport(records, { layout: 'sideBySide' }));
    expect(report).toContain('先方出席者: 福岡県知事 麻生 渡（あそう わたる）');
    expect(report).not.toContain('아소 와타루（');
  });
});

describe('hostile text in the Markdown report', () => {
  const markdown = renderMarkdown(compileReport(hostileReportRecords(), { layout: 'sideBySide' }));

  it('shows markup and links as the text they are', () => {
    expect(markdown).not.toContain(HOSTILE_HTML);
    // Every < of a user's text is escaped; the only tags left are the report's own anchors and line breaks.
    expect(markdown.match(/(?<!\\)<[^>]*>/g)?.filter((tag) => !/^<(br|a id="section-\w+"|\/a)>$/.test(tag))).toEqual(
      [],
    );
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(markdown).toContain('질문 \\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('답변 \\[x\\](javascript:alert(1)) \\| 1 \\| 2<br>\\# 제목 아님<br>\\- 목록 아님');
  });

  it('keeps the tables whole when a text holds pipes and line breaks', () => {
    for (const table of tables(markdown)) {
      for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
    }
  });

  it('writes a text of several lines in a paragraph with hard breaks, each line escaped', () => {
    const korean = renderMarkdown(compileReport(hostileReportRecords(), { layout: 'ko' }));
    expect(korean).toContain('답변 \\[x\\](javascript:alert(1)) \\| 1 \\| 2\\\n\\# 제목 아님\\\n\\- 목록 아님');
  });
});

/**
 * The links a GFM viewer (cmark-gfm, GitHub's) would make by itself of the
 * Markdown's text, found as it finds them: `scheme://` and `www.` in the
 * source as written, after the start of a line, a space or `*_~(`; an e-mail
 * address in a run of text once its escapes are read, which only a tag or a
 * code span breaks.
 */
function autolinks(markdown: string): string[] {
  const inSource = markdown.match(/(?:^|[\s*_~(])(?:(?:https?|ftp):\/\/|www\.)\S*/gim) ?? [];
  const texts = markdown.split(/<[^>\n]*>|`[^`]*`/).map((text) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
  const emails = texts.flatMap((text) => text.match(/[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/g) ?? []);
  return [...inSource, ...emails];
}

describe('addresses in the Markdown report', () => {
  const addresses = 'https://www.pref.fukuoka.lg.jp/kagaku · www.stepi.re.kr · 담당 kim.lee+kr@stepi.re.kr';
  const records = sampleReportRecords();
  const answer = records.answers[0] as ChecklistAnswer;
  answer.body = { lang: 'ko', text: `자료: ${addresses}\n(ftp://files.example.org)`, translations: {} };

  it('leaves bare URLs and e-mail addresses as the text they are, never links a viewer made', () => {
    for (const layout of ['sideBySide', 'ko'] as const) {
      const markdown = renderMarkdown(compileReport(records, { layout }));
      expect(autolinks(markdown), layout).toEqual([]);
      // What the reader sees, once the escapes and the invisible break are read, is what the member wrote.
      const seen = markdown.replaceAll('<wbr>', '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
      expect(seen).toContain(`자료: ${addresses}`);
      expect(seen).toContain('(ftp://files.example.org)');
    }
  });
});
