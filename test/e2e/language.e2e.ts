import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

describe('interface language', () => {
  it.each([
    ['ko-KR', 'ko', '연수 목록'],
    ['ja-JP', 'ja', '視察一覧'],
    ['en-US', 'en', 'Trips'],
    ['fr-FR', 'en', 'Trips'],
  ])('follows the OS language (%s) on first start', async (locale, lang, heading) => {
    const app = await openApp(browser(), locale);
    expect(app.language).toBe(lang);
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  });

  it('switches to Japanese at once, everywhere on the screen, and keeps the choice', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.switchLanguage('ja');
    await app.page.getByRole('heading', { name: '訪問・講演・会議' }).waitFor();

    expect(await app.trip.title().textContent()).toBe('日本地方自治体科学技術革新体制研修団');
    const page = await app.page.locator('body').innerText();
    expect(page).toContain('視察団');
    expect(page).toContain('訪問・講演・会議');
    expect(page).toContain('1996年10月22日火曜日');
    expect(page).toContain('約30名');
    expect(page).not.toMatch(/[가-힣]{2,}\s*(편집|삭제|목록)/);
    expect(await app.page.title()).toContain('日本地方自治体科学技術革新体制研修団');

    await app.reload();
    expect(app.language).toBe('ja');
    await app.page.getByRole('link', { name: '視察を編集' }).waitFor();
  });

  it('shows dates in the conventions of the chosen language', async () => {
    const app = await openApp(browser(), 'en-US');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    const facts = async () => app.trip.facts().innerText();
    expect(await facts()).toMatch(/October 20\s*–\s*29, 1996/);
    await app.switchLanguage('ko');
    expect(await facts()).toContain('1996년 10월 20일');
    await app.switchLanguage('ja');
    expect(await facts()).toMatch(/1996\/10\/20～1996\/10\/29/);
    expect(await app.trip.visits().first().innerText()).toMatch(/10(:|時)00分?\s*～\s*12(:|時)00/);
    expect(await app.page.getByRole('heading', { name: /1996年10月21日/ }).textContent()).toBe('1996年10月21日月曜日');
  });
});
