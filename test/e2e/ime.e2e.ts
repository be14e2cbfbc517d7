import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

describe('input methods', () => {
  it('neither duplicates composed Japanese nor submits on the Enter that confirms it', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.startNewTrip();
    await app.tripForm.fill({ startDate: '2026-05-11', endDate: '2026-05-13' });
    const title = app.tripForm.field('form.title.ja');
    await title.click();

    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Input.imeSetComposition', { text: 'ふくおか', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: '福岡', selectionStart: 2, selectionEnd: 2 });
    // Enter while the conversion is still open, as an IME delivers it; with text, so that the
    // browser would submit the form if the keydown were not cancelled.
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      text: '\r',
    });
    await cdp.send('Input.insertText', { text: '福岡' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await cdp.send('Input.imeSetComposition', { text: 'しさつ', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '視察' });

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
    const cdp = await app.page.context().newCDPSession(app.page);
    for (const [composing, committed] of [
      [['ㅎ', '후', '훜'], '후'],
      [['ㅋ', '쿠'], '쿠'],
      [['ㅇ', '오'], '오'],
      [['ㅋ', '카'], '카'],
    ] as const) {
      for (const text of composing) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      }
      await cdp.send('Input.insertText', { text: committed });
    }
    expect(await title.inputValue()).toBe('후쿠오카');
  });
});
