import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';
import { InputMethod } from './support/inputMethod';

const browser = browserPerFile();

describe('input methods', () => {
  it('neither duplicates composed Japanese nor submits on the Enter that confirms it', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.startNewTrip('JP', 'KR');
    await app.tripForm.fill({ startDate: '2026-05-11', endDate: '2026-05-13' });
    const title = app.tripForm.field('form.title.ja');
    await title.click();

    const ime = await InputMethod.on(app.page);
    await ime.compose('ふくおか');
    await ime.compose('福岡');
    await ime.confirmWithEnter('福岡', 13);
    await ime.compose('しさつ');
    await ime.commit('視察');

    expect(await title.inputValue()).toBe('福岡視察');
    expect(new URL(app.page.url()).hash).toBe('#/trips/new');

    // A plain Enter afterwards does submit.
    await title.press('Enter');
    await expect.poll(() => app.trip.title().textContent()).toBe('福岡視察');
  });

  it('keeps Korean typed through an IME intact, syllable by syllable', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.startNewTrip();
    const title = app.tripForm.field('form.title.ko');
    await title.click();
    const ime = await InputMethod.on(app.page);
    for (const [composing, committed] of [
      [['ㅎ', '후', '훜'], '후'],
      [['ㅋ', '쿠'], '쿠'],
      [['ㅇ', '오'], '오'],
      [['ㅋ', '카'], '카'],
    ] as const) {
      for (const text of composing) await ime.compose(text);
      await ime.commit(committed);
    }
    expect(await title.inputValue()).toBe('후쿠오카');
  });
});
