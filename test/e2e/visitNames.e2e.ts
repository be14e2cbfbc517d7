import { describe, expect, it } from 'vitest';
import { labelled } from './pages/labelled';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

const DAY_1 = '2030년 5월 13일';
const HOST = '후쿠오카현청';
const PURPOSE = '현의 과학기술 행정 청취';

describe('a visit whose purpose is written', () => {
  it('still goes by its host in the itinerary, on the trip’s overview, on the Today page and in its notes’ heading', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.startNewTrip();
    await app.tripForm.fill({
      titleKo: '규슈 연수',
      titleJa: '九州研修',
      startDate: '2030-05-13',
      endDate: '2030-05-14',
    });
    await app.tripForm.create();
    await app.trip.waitUntilLoaded();
    await app.itinerary.open();
    await app.itinerary.addItem(DAY_1, { kind: 'visit', nameKo: HOST, startTime: '10:00', endTime: '12:00' });

    // The organiser writes the visit's purpose afterwards, as the form offers it ("방문 목적 (선택)").
    await app.itinerary.openItem(HOST);
    const purpose = app.page.getByRole('group', { name: app.t('itinerary', 'form.visitTitleLegend') });
    await labelled(purpose, app.t('itinerary', 'form.title.ko')).fill(PURPOSE);
    await app.page.getByRole('button', { name: app.t('itinerary', 'form.save') }).click();
    await app.itinerary.heading().waitFor();

    // The purpose is kept, and the itinerary's row still names the host.
    await expect.poll(() => app.itinerary.row(HOST).count()).toBe(1);
    await app.itinerary.openItem(HOST);
    expect(await labelled(purpose, app.t('itinerary', 'form.title.ko')).inputValue()).toBe(PURPOSE);
    await app.page.goBack();
    await app.itinerary.heading().waitFor();

    // The trip's overview lists the visit by its host.
    await app.trip.open();
    await app.page.locator('.visit-list__names', { hasText: HOST }).waitFor();

    // Before the trip, the Today page shows the first visit, by its host.
    await app.page
      .getByRole('navigation', { name: app.t('common', 'tripNav.label') })
      .getByRole('link', { name: app.t('common', 'tripNav.today') })
      .click();
    await app.page.getByRole('heading', { level: 2, name: HOST }).waitFor();

    // The visit's notes are headed by its host.
    await app.itinerary.open();
    await app.notes.openFromItinerary(HOST);
    await app.page.getByRole('heading', { level: 1, name: new RegExp(HOST) }).waitFor();
  });
});
