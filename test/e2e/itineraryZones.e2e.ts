import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import type { ItemFields } from './pages/ItineraryScreen';
import { browserPerFile, openApp } from './support/browser';
import { makeWeekTrip } from './support/weekTrip';

const browser = browserPerFile();
const SHOTS = 'out/screenshots';

/** Issue 12's trip: Osaka and Kyoto, one day in Taipei, a week long. */
const ITEMS: [day: string, fields: ItemFields][] = [
  [
    '2027년 3월 8일',
    {
      kind: 'travel',
      nameKo: '인천 → 간사이',
      nameJa: '仁川 → 関西',
      startTime: '09:00',
      endTime: '10:50',
      timeZone: 'Asia/Seoul',
      endTimeZone: 'Asia/Tokyo',
    },
  ],
  ['2027년 3월 9일', { kind: 'visit', nameKo: '오사카부청', nameJa: '大阪府庁', startTime: '10:00', endTime: '12:00' }],
  ['2027년 3월 10일', { kind: 'visit', nameKo: '교토부청', nameJa: '京都府庁', startTime: '14:00', endTime: '16:00' }],
  [
    '2027년 3월 11일',
    {
      kind: 'travel',
      nameKo: '오사카 → 타이베이',
      nameJa: '大阪 → 台北',
      startTime: '09:30',
      endTime: '11:35',
      endTimeZone: 'Asia/Taipei',
    },
  ],
  // Entered before the call: by wall clock (15:00 < 15:30) it would come first.
  [
    '2027년 3월 11일',
    {
      kind: 'visit',
      nameKo: '타이베이시 정부',
      nameJa: '台北市政府',
      startTime: '15:00',
      endTime: '17:00',
      timeZone: 'Asia/Taipei',
    },
  ],
  [
    '2027년 3월 11일',
    {
      kind: 'meeting',
      nameKo: '도쿄 본부 화상회의',
      nameJa: '東京本部とのオンライン会議',
      startTime: '15:30',
      endTime: '16:00',
    },
  ],
  [
    '2027년 3월 12일',
    {
      kind: 'travel',
      nameKo: '타이베이 → 간사이',
      nameJa: '台北 → 関西',
      startTime: '18:00',
      endTime: '21:35',
      timeZone: 'Asia/Taipei',
      endTimeZone: 'Asia/Tokyo',
    },
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
    '2027년 3월 14일',
    {
      kind: 'travel',
      nameKo: '간사이 → 인천',
      nameJa: '関西 → 仁川',
      startTime: '11:00',
      endTime: '12:50',
      endTimeZone: 'Asia/Seoul',
    },
  ],
];

/** A box's top and bottom, to compare positions on screen. */
async function box(locator: ReturnType<App['page']['locator']>) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return { top: found.y, bottom: found.y + found.height, height: found.height };
}

describe('a day that mixes Asia/Tokyo and Asia/Taipei', () => {
  it('is listed, drawn and printed in the order things happen, each at its own clock', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await mkdir(SHOTS, { recursive: true });
    await makeWeekTrip(app, ITEMS);
    const day = '2027년 3월 11일';
    const inOrder = ['오사카 → 타이베이', '도쿄 본부 화상회의', '타이베이시 정부'];

    await expect.poll(() => app.itinerary.names(day)).toEqual(inOrder);
    // Dragged up by keyboard within its day, the visit stays at its time, and the screen reader says why.
    await app.itinerary.moveWithKeyboard('타이베이시 정부', 'ArrowUp', 1);
    await expect
      .poll(() => app.page.locator('[id^=DndLiveRegion]').textContent())
      .toBe(app.t('itinerary', 'dnd.byTime', { name: '타이베이시 정부' }));
    expect(await app.itinerary.names(day)).toEqual(inOrder);
    await app.itinerary.day(day).scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${SHOTS}/ko-itinerary-mixed-zones-table.png`, fullPage: true });

    await app.itinerary.showTimeline();
    const slot = (name: string) => app.page.locator('.timeline__slot').filter({ hasText: name });
    // 0.8 px a minute: 09:30 Japan to 11:35 Taipei is 185 minutes, 148 px (125 minutes, 100 px, before).
    expect(Math.round((await box(slot('오사카 → 타이베이'))).height)).toBe(148);
    // The call (15:30 Tokyo) ends where the visit (15:00 Taipei = 16:00 Tokyo) begins.
    expect(Math.round((await box(slot('도쿄 본부 화상회의'))).bottom)).toBe(
      Math.round((await box(slot('타이베이시 정부'))).top),
    );
    // The 23:30 bus to 00:50 is drawn whole, inside the grid.
    const busDay = app.page.locator('.timeline__day').filter({ hasText: '3월 12일' });
    expect((await box(slot('간사이공항 → 교토 버스'))).bottom).toBeLessThanOrEqual(
      (await box(busDay.locator('.timeline__grid'))).bottom + 0.5,
    );
    // Seven days at 1280 px: neither the page nor the timeline scrolls sideways.
    const overflow = await app.page.evaluate(() => {
      const timeline = document.querySelector('.timeline');
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        timeline: timeline ? timeline.scrollWidth - timeline.clientWidth : -1,
      };
    });
    expect(overflow).toEqual({ page: expect.any(Number), timeline: 0 });
    expect(overflow.page).toBeLessThanOrEqual(0);
    await app.page.screenshot({ path: `${SHOTS}/ko-itinerary-mixed-zones-timeline.png`, fullPage: true });

    await app.page.getByRole('link', { name: app.t('itinerary', 'page.print') }).click();
    await app.page.getByText('타이베이시 정부').first().waitFor();
    // Read as printed: the names' first places in the document's text, in order.
    const text = await app.page.locator('main').innerText();
    const places = inOrder.map((name) => text.indexOf(name));
    expect(places.every((place, i) => place > (places[i - 1] ?? -1))).toBe(true);
    await app.page.screenshot({ path: `${SHOTS}/ko-itinerary-mixed-zones-print.png`, fullPage: true });

    // The same in the Japanese interface: the timeline, with the day's order.
    await app.switchLanguage('ja');
    await app.page.goBack();
    await app.itinerary.heading().waitFor();
    await app.page.getByRole('button', { name: app.t('itinerary', 'page.table'), exact: true }).click();
    await expect
      .poll(() => app.itinerary.names('2027年3月11日'))
      .toEqual(['大阪 → 台北', '東京本部とのオンライン会議', '台北市政府']);
    await app.page.screenshot({ path: `${SHOTS}/ja-itinerary-mixed-zones-table.png`, fullPage: true });
    await app.itinerary.showTimeline();
    await app.page.screenshot({ path: `${SHOTS}/ja-itinerary-mixed-zones-timeline.png`, fullPage: true });
  });
});
