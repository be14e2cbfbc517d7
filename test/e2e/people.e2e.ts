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
});
