import { describe, expect, it } from 'vitest';
import { namedGovernor, sampleReportRecords } from '../../test/fixtures/sampleReport';
import type { Language } from '../i18n/languages';
import { FUKUOKA_GOVERNOR, sampleId } from '../sample/stepi1996';
import { WORD_JOINER } from './dates';
import { type Block, type Cell, cellsOf, type ReportDocument } from './document';
import { compileItinerary, type ItineraryRecords } from './itinerary';

/** A cell's text as a reader sees it: without the word joiners that keep a time range on one line (dates.test.ts). */
const textIn = (cell: Cell | undefined, lang: Language) =>
  (cell?.texts.find((text) => text.lang === lang)?.text ?? '').replaceAll(WORD_JOINER, '');

/** Each day's heading in `lang` with its table's rows as they read in `lang`. */
function daysOf(document: ReportDocument, lang: Language): Map<string, string[][]> {
  const days = new Map<string, string[][]>();
  let heading = '';
  for (const block of document.sections.find((section) => section.kind === 'itinerary')?.blocks ?? []) {
    if (block.type === 'heading') heading = textIn(block.cell, lang);
    if (block.type === 'table')
      days.set(
        heading,
        block.rows.map((row) => row.map((cell) => textIn(cell, lang))),
      );
  }
  return days;
}

const rowOf = (document: ReportDocument, lang: Language, name: string) =>
  [...daysOf(document, lang).values()].flat().find((row) => row[2] === name);

const allCells = (document: ReportDocument): Cell[] => [
  document.title,
  ...document.sections.map((section) => section.heading),
  ...[...document.about, ...document.sections.flatMap((section) => section.blocks)].flatMap(cellsOf),
];

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

describe('the itinerary compiled in Japanese, for the hosts', () => {
  const itinerary = compileItinerary(sampleReportRecords(), { layout: 'ja' });

  it('says no Korean word where a Japanese text is written: times, kinds, places, headings', () => {
    const written = allCells(itinerary).flatMap((cell) => cell.texts.filter((text) => text.status !== 'missing'));
    expect(written.filter((text) => HANGUL.test(text.text)).map((text) => text.text)).toEqual([]);
    // Before, the time column said "오전 10:00 (대한민국 시간)" under the Japanese heading.
    expect(rowOf(itinerary, 'ja', '金浦 → 福岡（航空便）')?.[0]).toBe('10:00（韓国標準時）～11:20（日本標準時）');
  });

  it('gives each day a heading with its Japanese date, and each item its time, kind, host, address and place', () => {
    const days = daysOf(itinerary, 'ja');
    expect([...days.keys()].slice(0, 3)).toEqual([
      '1日目　1996年10月20日(日)',
      '2日目　1996年10月21日(月)',
      '3日目　1996年10月22日(火)',
    ]);
    expect(rowOf(itinerary, 'ja', '福岡県庁')).toEqual([
      '15:20～16:10',
      '訪問',
      '福岡県庁',
      '福岡県福岡市博多区東公園7-7\n福岡県知事',
      '',
      '研修団全員（予定人数: 双方の合計約30名）',
    ]);
    expect(rowOf(itinerary, 'ja', '福岡 → 熊本（特急）')?.[4]).toBe('博多駅');
    // An overnight stay ends on another day, given by its date.
    expect(rowOf(itinerary, 'ja', '福岡 宿泊（2泊）')?.[0]).toBe('19:00～10月23日(水) 08:00');
  });

  it('says an untimed item has no time yet, as the app does, rather than leaving its time cell empty', () => {
    const records = sampleReportRecords();
    const fukuoka = records.items.find((item) => item.host?.name.ja === '福岡県庁');
    if (!fukuoka) throw new Error('No Fukuoka visit');
    const untimed: ItineraryRecords = {
      ...records,
      items: records.items.map((item) => (item === fukuoka ? { ...item, startTime: null, endTime: null } : item)),
    };
    expect(rowOf(compileItinerary(untimed, { layout: 'ja' }), 'ja', '福岡県庁')?.[0]).toBe('時刻未定');
    const both = compileItinerary(untimed, { layout: 'sideBySide' });
    expect(rowOf(both, 'ko', '후쿠오카현청')?.[0]).toBe('시각 미정');
  });

  it('states the trip, its dates, its organiser and the zone its times are in, in Japanese', () => {
    const [about] = itinerary.about;
    const facts =
      about?.type === 'fields' ? about.rows.map((row) => [textIn(row.label, 'ja'), textIn(row.value, 'ja')]) : [];
    expect(facts).toEqual([
      ['文書', '日程表'],
      ['研修', '日本地方自治体科学技術革新体制研修団'],
      ['期間', '1996年10月20日(日)～1996年10月29日(火)'],
      ['主催', '科学技術政策管理研究所（STEPI）科学技術国際協力団'],
      ['時刻', '現地時刻です。特に記載がなければ日本標準時です'],
    ]);
  });

  it('ends with the delegation’s roster, the names as the hosts read them', () => {
    const roster = itinerary.sections.at(-1);
    expect(textIn(roster?.heading, 'ja')).toBe('付録：研修団名簿');
    const table = roster?.blocks[0];
    const names = table?.type === 'table' ? table.rows.map((row) => textIn(row[0], 'ja')) : [];
    expect(names).toHaveLength(17);
    expect(names).toContain('京畿道 科学技術専門委員 2');
  });
});

describe('the itinerary in Korean and Japanese side by side', () => {
  const records = sampleReportRecords();
  const [, , seoul, busan] = records.members;
  const groupA = [seoul?.id ?? '', busan?.id ?? ''];
  const kanagawa = sampleId('item:kanagawa');
  const withGroup: ItineraryRecords = {
    ...records,
    items: records.items.map((item) => (item.id === kanagawa ? { ...item, attendeeIds: groupA } : item)),
  };
  const itinerary = compileItinerary(withGroup, { layout: 'sideBySide' });

  it('has every cell in both languages, each in its own words', () => {
    expect(itinerary.languages).toEqual(['ko', 'ja']);
    expect(itinerary.arrangement).toBe('sideBySide');
    const flight = '김포 → 후쿠오카 (항공)';
    expect(rowOf(itinerary, 'ko', flight)?.slice(0, 2)).toEqual(['10:00 (한국 표준시)~11:20 (일본 표준시)', '이동']);
    const [about] = itinerary.about;
    const organiser = about?.type === 'fields' ? about.rows[3]?.value : undefined;
    expect([textIn(organiser, 'ko'), textIn(organiser, 'ja')]).toEqual([
      '과학기술정책관리연구소 (STEPI) 과학기술국제협력단',
      '科学技術政策管理研究所（STEPI）科学技術国際協力団',
    ]);
    expect(rowOf(itinerary, 'ko', '후쿠오카 → 구마모토 (열차)')?.[4]).toBe('하카타역');
    expect(rowOf(itinerary, 'ja', '福岡 → 熊本（特急）')?.[4]).toBe('博多駅');
  });

  it('names who goes to a visit by a sub-group, in each language as its readers know them', () => {
    // Before, the Japanese names were joined by ", ".
    expect(rowOf(itinerary, 'ko', '가나가와현청')?.[5]).toBe(
      '서울특별시 과학기술전문위원 및 부산광역시 과학기술전문위원',
    );
    expect(rowOf(itinerary, 'ja', '神奈川県庁')?.[5]).toBe(
      'ソウル特別市 科学技術専門委員、釜山広域市 科学技術専門委員',
    );
    expect(rowOf(itinerary, 'ja', '福岡県庁')?.[5]).toBe('研修団全員（予定人数: 双方の合計約30名）');
  });
});

describe('the hosts’ people in the itinerary', () => {
  /** The Fukuoka visit's host cell, its address then whom the delegation meets. */
  const hostCell = (document: ReportDocument) => {
    const tables = document.sections[0]?.blocks.flatMap((block) => (block.type === 'table' ? block.rows : [])) ?? [];
    return tables.find((row) => row[2]?.texts.some((text) => text.text === '福岡県庁'))?.[3];
  };

  it('lists a visit’s contacts under its address, with their titles, as the directory now has them', () => {
    // The sample's copy names the governor by office alone; his entry, corrected once, names him, its Korean title corrected too.
    const hostPeople = [namedGovernor({ title: { ...FUKUOKA_GOVERNOR.title, ko: '후쿠오카현지사' } })];
    const cell = hostCell(compileItinerary({ ...sampleReportRecords(), hostPeople }, { layout: 'sideBySide' }));
    expect(textIn(cell, 'ko')).toBe('후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7\n후쿠오카현지사 아소 와타루');
    expect(textIn(cell, 'ja')).toBe('福岡県福岡市博多区東公園7-7\n福岡県知事 麻生 渡');
    // The reading goes over the Japanese name only, as furigana.
    const [ko, ja] = cell?.texts ?? [];
    expect(ko?.parts).toBeUndefined();
    expect(ja?.parts?.filter((part) => part.reading)).toEqual([{ text: '麻生 渡', reading: 'あそう わたる' }]);
    expect(ja?.parts?.map((part) => part.text).join('')).toBe(ja?.text);
  });

  it('names a person whose entry was deleted as the item’s copy does, without a reading', () => {
    const hostPeople = [namedGovernor({ deletedAt: '1996-10-31T09:00:00.000Z' })];
    const cell = hostCell(compileItinerary({ ...sampleReportRecords(), hostPeople }, { layout: 'ja' }));
    expect(textIn(cell, 'ja')).toBe('福岡県福岡市博多区東公園7-7\n福岡県知事');
    expect(cell?.texts[0]?.parts).toBeUndefined();
  });
});

describe('a day without items', () => {
  const records = sampleReportRecords();
  const free = sampleId('item:free-day');
  const itinerary = compileItinerary(
    { ...records, items: records.items.filter((item) => item.id !== free) },
    { layout: 'ko' },
  );
  const blocks = itinerary.sections[0]?.blocks ?? [];

  it('is left out: no heading, no empty table', () => {
    const headings = blocks.flatMap((block: Block) => (block.type === 'heading' ? [textIn(block.cell, 'ko')] : []));
    expect(headings).toHaveLength(9);
    expect(headings.some((heading) => heading.includes('10월 27일'))).toBe(false);
    expect(headings).toContain('9일차 · 1996년 10월 28일 (월)');
    for (const block of blocks) if (block.type === 'table') expect(block.rows.length).toBeGreaterThan(0);
  });

  it('leaves a trip with no items at all saying so, without tables', () => {
    const empty = compileItinerary({ ...records, items: [] }, { layout: 'ko' });
    expect(empty.sections[0]?.blocks.map((block) => block.type)).toEqual(['placeholder']);
  });
});

describe('times in the itinerary', () => {
  const timesIn = (document: ReportDocument) =>
    (document.sections.find((section) => section.kind === 'itinerary')?.blocks ?? []).flatMap((block) =>
      block.type === 'table' ? block.rows.flatMap((row) => row[0]?.texts ?? []) : [],
    );
  const MARKS = { ko: '~', ja: '～', en: '–' } as const;
  /** Each mark as a line holds it (dates.test.ts): a Korean tilde needs nothing; ～ and a dash need word joiners. */
  const HELD = { ko: '~', ja: `${WORD_JOINER}～${WORD_JOINER}`, en: `\u00a0–${WORD_JOINER}\u00a0` } as const;

  it('are on the 24-hour clock, each range joined by its language’s one mark, never broken beside it', () => {
    const times = [
      ...timesIn(compileItinerary(sampleReportRecords(), { layout: 'sideBySide' })),
      ...timesIn(compileItinerary(sampleReportRecords(), { layout: 'en' })),
    ];
    expect(times.length).toBeGreaterThan(60);
    for (const { lang, text } of times) {
      // Before: 오후 5:00 – 10월 21일 (월) 오전 8:30, 3:20 – 4:10 PM, and ranges with ~, " ~ " and " – " in one column.
      expect(text).not.toMatch(/오전|오후|午前|午後|AM|PM/);
      // A time, or the words for none (an untimed item: 시각 미정, 時刻未定, No time set).
      expect(text).toMatch(/^(\d{2}:\d{2}|시각 미정$|時刻未定$|No time set$)/);
      const others = Object.values(MARKS).filter((mark) => mark !== MARKS[lang]);
      for (const other of others) expect(text, lang).not.toContain(other);
      expect(text.split(HELD[lang]).length, text).toBe(text.split(MARKS[lang]).length);
      expect(text, text).not.toMatch(/\s~|~\s/);
    }
  });
});
