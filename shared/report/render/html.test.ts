import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, HOSTILE_LINK, HOSTILE_SCRIPT, hostileReportRecords } from '../../../test/fixtures/hostileReport';
import { namedGovernor, sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { compileReport } from '../compile';
import { compileItinerary } from '../itinerary';
import { renderHtml } from './html';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** The page as a browser parses it, failing on anything the HTML standard calls a parse error. */
function parsePage(html: string) {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startOffset}`) });
  expect(errors).toEqual([]);
  return document;
}

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node] : [];
  const template = 'content' in node && node.content ? elements(node.content as unknown as Node) : [];
  return [...own, ...template, ...children.flatMap((child) => elements(child))];
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The language an element's text is in: its own lang, or its nearest ancestor's. */
function langOf(element: Element): string | undefined {
  let at: Element | null = element;
  while (at) {
    const lang = attribute(at, 'lang');
    if (lang) return lang;
    at = at.parentNode && 'tagName' in at.parentNode ? (at.parentNode as Element) : null;
  }
  return undefined;
}

describe('the report as HTML', () => {
  const records = sampleReportRecords();
  const translated = records.answers.find((answer) => answer.body.text.startsWith('산업진흥은'));
  if (translated)
    translated.body = { ...translated.body, translations: { ja: '産業振興は必ず必要との立場。' }, reviewed: {} };
  const html = renderHtml(compileReport(records, { layout: 'sideBySide' }));
  const page = parsePage(html);
  const all = elements(page);

  it('is one file that loads nothing and runs no script', () => {
    const csp = all.find((element) => attribute(element, 'http-equiv') === 'Content-Security-Policy');
    const policy = attribute(csp as Element, 'content') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/script-src/);
    expect(all.filter((element) => ['script', 'link', 'iframe', 'object', 'img'].includes(element.tagName))).toEqual(
      [],
    );
    expect(all.flatMap((element) => element.attrs.filter((attr) => /^on/i.test(attr.name)))).toEqual([]);
    const links = all.filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href'));
    expect(links.every((href) => href?.startsWith('#section-'))).toBe(true);
  });

  it('keeps Korean words whole, Japanese lines by kinsoku rules, rows and table headers whole in print', () => {
    const style = textOf(all.find((element) => element.tagName === 'style') as Element);
    expect(style).toMatch(/:lang\(ko\) \{[^}]*word-break: keep-all/);
    expect(style).toMatch(/:lang\(ja\) \{[^}]*word-break: normal; line-break: strict/);
    expect(style).toMatch(/thead \{ display: table-header-group; \}/);
    expect(style).toMatch(/tr, [^{]*\{ break-inside: avoid;/);
    const tables = all.filter((element) => element.tagName === 'table');
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table.childNodes.map((child) => child.nodeName)).toEqual(['thead', 'tbody']);
  });

  it('puts Korean in the Korean column and Japanese in the Japanese one, each marked with its language', () => {
    const row = all.find(
      (element) => element.tagName === 'tr' && textOf(element).includes('산업진흥은 반드시 필요하다는'),
    );
    const [ko, ja] = (row?.childNodes ?? []) as Element[];
    expect(textOf(ko as Element)).toContain('산업진흥은 반드시 필요하다는 입장이며');
    expect(textOf(ja as Element)).toContain('産業振興は必ず必要との立場。');
    expect(textOf(ja as Element)).toContain('翻訳（下書き）');
    // Spans of text alone: a span around a heading in both languages holds each in a span of its own.
    const textSpans = all.filter(
      (element) => element.tagName === 'span' && element.childNodes.every((child) => child.nodeName === '#text'),
    );
    const spans = textSpans.filter((element) => /[\uac00-\ud7af]/.test(textOf(element)));
    expect(spans.length).toBeGreaterThan(100);
    for (const span of spans) expect(langOf(span), textOf(span)).toBe('ko');
    const kana = textSpans.filter((element) => /[\u3040-\u30ff]/.test(textOf(element)));
    for (const span of kana) expect(langOf(span), textOf(span)).toBe('ja');
  });

  it('has its contents and headings in both languages', () => {
    const nav = all.find((element) => element.tagName === 'nav') as Element;
    expect(textOf(nav)).toContain('목차 / 目次');
    expect(textOf(nav)).toContain('체크사항별 조사 결과 / チェック項目別の調査結果');
    const anchors = elements(nav)
      .filter((element) => element.tagName === 'a')
      .map((a) => attribute(a, 'href')?.slice(1));
    const ids = new Set(all.map((element) => attribute(element, 'id')));
    for (const anchor of anchors) expect(ids.has(anchor)).toBe(true);
  });

  it('gives in its contents the page each section begins on, once a first print has told', () => {
    const document = compileReport(sampleReportRecords(), { layout: 'sideBySide' });
    const pagesIn = (html: string) =>
      elements(parsePage(html))
        .filter((element) => attribute(element, 'class') === 'contents-page')
        .map((element) => textOf(element));
    // Before: room for every number, none written.
    expect(pagesIn(renderHtml(document))).toEqual(document.sections.map(() => ''));
    const pages = new Map(document.sections.map((section, index) => [section.anchor, index * 4 + 3]));
    expect(pagesIn(renderHtml(document, { pages }))).toEqual(document.sections.map((_, index) => `${index * 4 + 3}`));
  });
});

describe('a host’s name in the HTML, with its reading', () => {
  const records = { ...sampleReportRecords(), hostPeople: [namedGovernor()] };
  const rubies = (html: string) => elements(parsePage(html)).filter((element) => element.tagName === 'ruby');

  it('prints the reading over the Japanese name as furigana, in brackets where ruby is not shown', () => {
    const html = renderHtml(compileItinerary(records, { layout: 'sideBySide' }));
    expect(html).toContain('福岡県知事 <ruby>麻生 渡<rp>（</rp><rt>あそう わたる</rt><rp>）</rp></ruby>');
    const found = rubies(html);
    expect(found.length).toBeGreaterThan(0);
    for (const ruby of found) expect(langOf(ruby)).toBe('ja');
  });

  it('has it in the Japanese column of the report only, never in the Korean one', () => {
    const all = elements(parsePage(renderHtml(compileReport(records, { layout: 'sideBySide' }))));
    // The Q&A notes side by side: the governor answered each, named in both columns.
    const rows = all.filter((element) => element.tagName === 'tr' && textOf(element).includes('あそう わたる'));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const [ko, ja] = elements(row).filter((element) => element.tagName === 'td');
      expect(textOf(ko as Element)).toContain('후쿠오카현 지사 아소 와타루');
      expect(elements(ko as Element).filter((element) => element.tagName === 'ruby')).toEqual([]);
      expect(elements(ja as Element).filter((element) => element.tagName === 'ruby')).toHaveLength(1);
    }
    expect(renderHtml(compileReport(records, { layout: 'ko' }))).not.toContain('<ruby>');
  });
});

describe('the title of a trip named in one language only', () => {
  it('is that name once, with nothing dangling after it', () => {
    const records = sampleReportRecords();
    records.trip = { ...records.trip, title: { ko: '강원도 시찰' } };
    const page = parsePage(renderHtml(compileReport(records, { layout: 'sideBySide' })));
    const title = elements(page).find((element) => element.tagName === 'title') as Element;
    expect(textOf(title)).toBe('강원도 시찰');
  });
});

describe('hostile text in the HTML report', () => {
  for (const layout of ['sideBySide', 'oneAfterOther', 'ja'] as const) {
    it(`shows markup as the text it is (${layout})`, () => {
      const html = renderHtml(compileReport(hostileReportRecords(), { layout }));
      const all = elements(parsePage(html));
      expect(all.filter((element) => ['script', 'img'].includes(element.tagName))).toEqual([]);
      expect(all.flatMap((element) => element.attrs.filter((attr) => /^on/i.test(attr.name)))).toEqual([]);
      const text = textOf(all.find((element) => element.tagName === 'main') as Element);
      if (layout !== 'ja') expect(text).toContain(`질문 ${HOSTILE_HTML}`);
      expect(text).toContain(`質問 ${HOSTILE_SCRIPT}`);
      expect(text).toContain(`福岡県庁 ${HOSTILE_SCRIPT}`);
      expect(text).toContain(HOSTILE_LINK);
    });
  }
});
