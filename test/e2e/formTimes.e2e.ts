import { describe, expect, it } from 'vitest';
import { labelled } from './pages/labelled';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

const browser = browserPerFile();

describe('days and times in forms', () => {
  it('show as 1996-10-22 and 15:20 in a Korean or Japanese interface on an English system, and read what is typed', async () => {
    // The browser's own language is English: a native date field would show 10/22/1996 and 03:20 PM.
    const app = await openApp(browser(), 'en-US');
    await app.switchLanguage('ko');
    await app.tripList.loadSampleTrip();
    await app.itinerary.open();
    await app.itinerary.openItem('후쿠오카현청');
    const form = app.page.locator('form');
    const day = labelled(form, app.t('itinerary', 'form.date'));
    const start = labelled(form, app.t('itinerary', 'form.startTime'));
    expect(await day.inputValue()).toBe('1996-10-22');
    expect(await start.inputValue()).toBe('15:20');
    // What the eye sees is the field's own text, as typed: not the browser's mm/dd/yyyy.
    expect(await day.evaluate((input) => (input as HTMLInputElement).type)).toBe('text');
    await start.fill('오후 3:30');
    await start.press('Tab');
    expect(await start.inputValue()).toBe('15:30');
    await capture(app, 'item-form-times');

    await app.switchLanguage('ja');
    const inJapanese = labelled(form, app.t('itinerary', 'form.startTime'));
    await inJapanese.fill('午後3時20分');
    await inJapanese.press('Tab');
    expect(await inJapanese.inputValue()).toBe('15:20');
    await capture(app, 'item-form-times');
  });
});
