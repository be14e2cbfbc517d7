import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import type { ItemFields } from './pages/ItineraryScreen';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';
import { makeWeekTrip } from './support/weekTrip';

const browser = browserPerFile();

/**
 * A week in Kansai with what the timeline drew cut (issue 21): a call taken
 * during a lecture, the delegation split between two visits, a 50-minute
 * visit, and the airport bus that arrives after midnight.
 */
const ITEMS: [day: string, fields: ItemFields][] = [
  [
    '2027년 3월 10일',
    { kind: 'visit', nameKo: '오사카부청', nameJa: '大阪府庁', startTime: '15:20', endTime: '16:10' },
  ],
  [
    '2027년 3월 12일',
    {
      kind: 'travel',
      nameKo: '간사이공항 → 교토 버스',
      nameJa: '関西空港 → 京都 バス',
      startTime: '23:30',
      endTime: '00:50',
      endDate: '2027-03-13',
    },
  ],
  [
    '2027년 3월 13일',
    { kind: 'lecture', nameKo: '교토대학 강연', nameJa: '京都大学 講演', startTime: '10:00', endTime: '12:00' },
  ],
  [
    '2027년 3월 13일',
    {
      kind: 'meeting',
      nameKo: '도쿄 본부 화상회의',
      nameJa: '東京本部とのオンライン会議',
      startTime: '11:00',
      endTime: '11:30',
    },
  ],
  ['2027년 3월 13일', { kind: 'visit', nameKo: '교토부청', nameJa: '京都府庁', startTime: '14:00', endTime: '15:30' }],
  [
    '2027년 3월 13일',
    {
      kind: 'visit',
      nameKo: '교토시 산업기술연구소',
      nameJa: '京都市産業技術研究所',
      startTime: '14:30',
      endTime: '15:30',
    },
  ],
];

interface Drawn {
  name: string;
  /** Whether every line of the name lies inside the block, nothing of it cut off or hidden under "…". */
  whole: boolean;
  box: { left: number; right: number; top: number; bottom: number };
  text: string;
  label: string;
}

/** Each block of the timeline as drawn: its name, whether all of it is in sight, where it is. */
function drawnBlocks(app: App): Promise<Drawn[]> {
  return app.page.locator('.timeline__block').evaluateAll((blocks) =>
    blocks.map((block) => {
      const name = block.querySelector('.timeline__name');
      const edge = block.getBoundingClientRect();
      const range = document.createRange();
      if (name) range.selectNodeContents(name);
      const lines = [...range.getClientRects()].filter((line) => line.width > 0);
      const inside = (line: DOMRect) =>
        line.left >= edge.left - 0.5 &&
        line.right <= edge.right + 0.5 &&
        line.top >= edge.top - 0.5 &&
        line.bottom <= edge.bottom + 0.5;
      return {
        name: name?.textContent ?? '',
        whole: lines.length > 0 && lines.every(inside),
        box: { left: edge.left, right: edge.right, top: edge.top, bottom: edge.bottom },
        text: block.textContent ?? '',
        label: block.getAttribute('title') ?? '',
      };
    }),
  );
}

const meet = (a: Drawn['box'], b: Drawn['box']) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** How far the page and the timeline scroll sideways. */
function sideways(app: App) {
  return app.page.evaluate(() => {
    const timeline = document.querySelector('.timeline');
    return {
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      timeline: timeline ? timeline.scrollWidth - timeline.clientWidth : -1,
    };
  });
}

/** The drawn block of an item, by the name it shows. */
function of(blocks: readonly Drawn[], name: string): Drawn {
  const found = blocks.find((block) => block.name === name);
  if (!found) throw new Error(`${name} is not on the timeline`);
  return found;
}

describe('the timeline of a week with overlapping items and a bus past midnight', () => {
  it('draws overlapping items side by side, every name whole, and marks an end on the next day', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await makeWeekTrip(app, ITEMS);
    await app.itinerary.showTimeline();

    const ko = await drawnBlocks(app);
    // Each failure said on its own (soft): a cut name, blocks drawn over each other, the end's day, the width.
    expect.soft(ko.filter((block) => !block.whole).map((block) => block.name)).toEqual([]);
    // Side by side, neither drawn over the other.
    expect.soft(meet(of(ko, '교토대학 강연').box, of(ko, '도쿄 본부 화상회의').box)).toBe(false);
    expect.soft(meet(of(ko, '교토부청').box, of(ko, '교토시 산업기술연구소').box)).toBe(false);
    // The bus ends at 00:50 the next day, said as the table says it.
    const dayAfter = app.t('common', 'itemTime.dayAfter');
    expect(dayAfter).toBe('(다음 날)');
    expect.soft(of(ko, '간사이공항 → 교토 버스').text).toContain(`12:50 ${dayAfter}`);
    // The day of overlaps is drawn wider, and the week still fits at 1280 px: nothing scrolls sideways.
    expect.soft(await sideways(app)).toEqual({ page: 0, timeline: 0 });
    await capture(app, 'itinerary-timeline-overlap', { fullPage: true });

    await app.switchLanguage('ja');
    await app.page.locator('.timeline__name', { hasText: '京都大学 講演' }).waitFor();
    const ja = await drawnBlocks(app);
    // A 30-minute block has one line: the call's long Japanese name is cut there, and whole in its tooltip…
    const call = of(ja, '東京本部とのオンライン会議');
    expect.soft(call.label).toContain('東京本部とのオンライン会議');
    expect.soft(ja.filter((block) => !block.whole && block !== call).map((block) => block.name)).toEqual([]);
    expect.soft(meet(of(ja, '京都大学 講演').box, call.box)).toBe(false);
    expect.soft(meet(of(ja, '京都府庁').box, of(ja, '京都市産業技術研究所').box)).toBe(false);
    expect.soft(of(ja, '関西空港 → 京都 バス').text).toContain(`0:50 ${app.t('common', 'itemTime.dayAfter')}`);
    await capture(app, 'itinerary-timeline-overlap', { fullPage: true });

    // …and in sight once pointed at.
    await app.page.locator('.timeline__block', { hasText: '東京本部とのオンライン会議' }).hover();
    expect(of(await drawnBlocks(app), '東京本部とのオンライン会議').whole).toBe(true);
  });
});
