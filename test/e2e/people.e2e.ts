import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

const browser = browserPerFile();

/** The Fukuoka visit's people to meet, as its form shows them. */
async function fukuokaContacts(app: App): Promise<string[]> {
  await app.itinerary.open();
  await app.itinerary.openItem('후쿠오카현청');
  const people = app.page.getByRole('group', { name: app.t('itinerary', 'form.contactsLegend') });
  await people.locator('.contact-row').first().waitFor();
  return people.locator('.contact-row').allInnerTexts();
}

/** The sample trip in Japanese, the Fukuoka governor (named by office alone) given his name and its reading, from his card. */
async function sampleWithGovernorNamed(): Promise<App> {
  const app = await openApp(browser(), 'ja-JP');
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.people.open();
  await app.people.edit('福岡県知事', { 'form.nameJa': '麻生 渡', 'form.reading': 'あそう わたる' });
  return app;
}

describe('the hosts’ people', () => {
  it('adds a section chief once, picks them on the Fukuoka visit, and a title corrected once shows there', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.people.open();

    await app.people.add({
      'form.nameJa': '福岡 太郎',
      'form.reading': 'ふくおか たろう',
      'form.title.ja': '知事公室 企画課長',
      'form.title.ko': '지사공실 기획과장',
      'form.organisation.ja': '福岡県庁',
      'form.organisation.ko': '후쿠오카현청',
      'form.phone': '092-651-1111',
    });
    // The reading proposed the Korean name and the romaji.
    const chief = (await app.people.cards()).find((card) => card.includes('후쿠오카 다로'));
    expect(chief).toContain('ふくおか たろう');
    expect(chief).toContain('지사공실 기획과장');
    await capture(app, 'people', { fullPage: true });
    await app.page.screenshot({ path: '/tmp/people-ko.png', fullPage: true });

    // Picked on the visit by its reading.
    await fukuokaContacts(app);
    const picker = app.page.getByRole('combobox', { name: app.t('itinerary', 'form.pickContact') });
    await picker.pressSequentially('ふくおか');
    await app.page.getByRole('option', { name: /후쿠오카 다로/ }).click();
    await app.page.getByRole('button', { name: app.t('itinerary', 'form.save') }).click();
    await app.itinerary.heading().waitFor();
    expect((await fukuokaContacts(app)).some((row) => row.includes('지사공실 기획과장'))).toBe(true);

    // Corrected once on the People screen; the visit shows the correction.
    await app.page.goBack();
    await app.itinerary.heading().waitFor();
    await app.people.open();
    await app.people.edit('후쿠오카 다로', { 'form.title.ko': '지사공실 기획과 과장' });
    expect((await app.people.cards()).some((card) => card.includes('지사공실 기획과 과장'))).toBe(true);
    const rows = await fukuokaContacts(app);
    expect(rows.some((row) => row.includes('지사공실 기획과 과장'))).toBe(true);
  });

  it('looks like the app’s other screens in Japanese', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.trip.waitUntilLoaded();
    await app.people.open();
    await app.people.add({
      'form.nameJa': '福岡 太郎',
      'form.reading': 'ふくおか たろう',
      'form.title.ja': '知事公室 企画課長',
      'form.organisation.ja': '福岡県庁',
      'form.email': 'taro@example.jp',
    });
    expect((await app.people.cards()).some((card) => card.includes('福岡 太郎'))).toBe(true);
    await capture(app, 'people', { fullPage: true });
    await app.page.screenshot({ path: '/tmp/people-ja.png', fullPage: true });
  });

  it('are printed in the itinerary under the visit’s address, the governor as corrected, his reading over his Japanese name', async () => {
    const app = await sampleWithGovernorNamed();
    await app.itinerary.open();
    await app.page.getByRole('link', { name: app.t('itinerary', 'page.print') }).click();
    const document = app.page.getByRole('article');
    const ruby = document.locator('ruby');
    await ruby.first().waitFor();
    // Side by side: the furigana over the Japanese name only; the Korean name was proposed from the reading.
    expect(await ruby.count()).toBe(1);
    expect(await ruby.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('ja');
    expect(await ruby.locator('rt').innerText()).toBe('あそう わたる');
    await document.getByText('후쿠오카현 지사 아소 와타루', { exact: false }).first().waitFor();

    await app.page.getByRole('combobox', { name: app.t('itinerary', 'print.layout') }).selectOption('ja');
    const fukuoka = document.locator('tr', { hasText: '福岡県庁' });
    expect(await fukuoka.locator('td').nth(3).innerText()).toBe(
      '福岡県福岡市博多区東公園7-7\n福岡県知事 麻生 渡あそう わたる',
    );
    await app.page.emulateMedia({ media: 'print' });
    await app.page.setViewportSize({ width: 794, height: 560 });
    await fukuoka.evaluate((row) => row.closest('table')?.previousElementSibling?.scrollIntoView());
    await capture(app, 'itinerary-people');
  });

  it('present at a visit are listed in the report, the governor as corrected, his reading over his Japanese name', async () => {
    const app = await sampleWithGovernorNamed();
    await app.page
      .getByRole('link', { name: app.t('common', 'tripNav.report') })
      .first()
      .click();
    await app.page.getByRole('heading', { name: app.t('report', 'screen.title'), level: 1 }).waitFor();
    await app.page.getByRole('radio', { name: '日本語', exact: true }).check();
    const report = app.page.locator('article.doc');
    const present = report.locator('li', { hasText: '先方出席者:' }).first();
    await present.waitFor();
    expect(await present.innerText()).toBe('先方出席者: 福岡県知事 麻生 渡あそう わたる');
    // The Q&A names him too, as the one who answered, each time with his reading; nothing Korean has one.
    expect(await report.locator('ruby').count()).toBeGreaterThan(8);
    expect(await report.locator('[lang="ko"] ruby').count()).toBe(0);
    await app.page.setViewportSize({ width: 900, height: 640 });
    await present.evaluate((item) => item.closest('ul')?.previousElementSibling?.scrollIntoView());
    await capture(app, 'report-people');
  });
});
