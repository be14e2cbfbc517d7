import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

describe('sample trip', () => {
  it('loads the 1996 visit to Japan: 17 members, the prefectures and ministries, the Fukuoka meeting', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    expect(await app.trip.title().textContent()).toBe('日本地方自治体科学技術革新体制研修団');

    const roster = await app.trip.roster();
    expect(roster).toHaveLength(17);
    expect(new Set(roster.filter((row) => row[3] === '団員').map((row) => row[2])).size).toBe(13);

    const visits = await app.trip.visits().allInnerTexts();
    for (const host of ['熊本県庁', '福岡県庁', '岐阜県庁', '神奈川県庁', '通商産業省', '科学技術庁']) {
      expect(visits.some((visit) => visit.includes(host))).toBe(true);
    }
    const fukuoka = visits.find((visit) => visit.includes('福岡県庁')) ?? '';
    expect(fukuoka).toMatch(/15(:|時)20分?\s*～\s*16(:|時)10/);
    expect(fukuoka).toContain('후쿠오카현청');
    expect(fukuoka).toContain('約30名');

    await app.page.getByRole('link', { name: '視察一覧' }).first().click();
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.page.getByRole('link', { name: '視察一覧' }).first().click();
    await expect.poll(() => app.tripList.titles()).toEqual(['日本地方自治体科学技術革新体制研修団']);
  });
});
