import { describe, expect, it } from 'vitest';
import type { MemberFields } from './pages/MemberFormScreen';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

const organiser: MemberFields = {
  name: '김민준',
  nameForHosts: '金珉俊（キム・ミンジュン）',
  affiliationKo: '경기도',
  affiliationJa: '京畿道',
  role: 'organiser',
};
const member: MemberFields = {
  name: '이서연',
  nameForHosts: '李瑞妍（イ・ソヨン）',
  affiliationKo: '충청남도',
  affiliationJa: '忠清南道',
  role: 'member',
};
const interpreter: MemberFields = {
  name: '田中花子',
  nameForHosts: '田中花子（たなか はなこ）',
  affiliationKo: '통역센터',
  affiliationJa: '通訳センター',
  role: 'interpreter',
};

describe('trips and their roster', () => {
  it('keeps a new trip and three members with Korean and Japanese names across a reload', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.startNewTrip();
    await app.tripForm.fill({
      titleKo: '규슈 지역 과학기술 연수',
      titleJa: '九州地域科学技術研修',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      organiserKo: '과학기술정책연구원',
      organiserJa: '科学技術政策研究院',
      purpose: '규슈 지자체의 과학기술 행정을 배운다.',
    });
    await app.tripForm.create();
    await expect.poll(() => app.trip.title().textContent()).toBe('규슈 지역 과학기술 연수');

    await app.trip.startAddingMember();
    await app.memberForm.addAndContinue(organiser);
    await app.memberForm.addAndContinue(member);
    await app.memberForm.add(interpreter);

    const expected = [
      ['김민준', '金珉俊（キム・ミンジュン）', '경기도', '주관'],
      ['이서연', '李瑞妍（イ・ソヨン）', '충청남도', '단원'],
      ['田中花子', '田中花子（たなか はなこ）', '통역센터', '통역'],
    ];
    await expect.poll(() => app.trip.roster()).toEqual(expected);

    await app.reload();
    expect(await app.trip.title().textContent()).toBe('규슈 지역 과학기술 연수');
    await app.page.getByText('九州地域科学技術研修').waitFor();
    await expect.poll(() => app.trip.roster()).toEqual(expected);
    expect(await app.trip.facts().textContent()).toContain('2026년 3월 2일');
  });

  it('refuses an invalid trip with messages next to the fields, and saves nothing', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.startNewTrip();
    await app.tripForm.fill({ startDate: '2026-03-06', endDate: '2026-03-02' });
    await app.tripForm.create();
    expect(await app.tripForm.errorFor('form.title.ko')).toBe('필수 항목입니다.');
    expect(await app.tripForm.errorFor('form.endDate')).toBe('마지막 날이 첫날보다 앞섭니다.');
    await app.reload();
    await app.page.goto('./');
    await app.waitUntilReady();
    await expect.poll(() => app.tripList.titles()).toEqual([]);
  });

  it('keeps a half-typed trip across a reload, and forgets it once saved', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.startNewTrip('JP', 'KR');
    await app.tripForm.fill({ titleJa: '岐阜県視察', startDate: '2026-06-01' });
    await app.page.waitForTimeout(500);
    await app.reload();
    await app.page.getByText(app.t('common', 'draft.restored')).waitFor();
    expect(await app.tripForm.field('form.title.ja').inputValue()).toBe('岐阜県視察');
    expect(await app.tripForm.field('form.startDate').inputValue()).toBe('2026-06-01');

    await app.tripForm.fill({ endDate: '2026-06-02' });
    await app.tripForm.create();
    await app.trip.waitUntilLoaded();
    await app.page.goto('./#/trips/new');
    expect(await app.tripForm.field('form.title.ja').inputValue()).toBe('');
  });

  it('deletes a trip after confirmation and brings it back with Undo', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.trip.delete();
    await app.tripList.heading().waitFor();
    await expect.poll(() => app.tripList.titles()).toEqual([]);

    await app.page
      .getByRole('status')
      .getByRole('button', { name: /되돌리기/ })
      .click();
    await expect.poll(() => app.tripList.titles()).toEqual(['일본 지자체 과학기술혁신체제 교육연수단']);
  });

  it('removes a member and undoes it with Ctrl+Z', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.removeMember('통역');
    await expect.poll(async () => (await app.trip.roster()).length).toBe(16);
    await app.page.keyboard.press('Control+z');
    await expect.poll(async () => (await app.trip.roster()).length).toBe(17);
  });
});
