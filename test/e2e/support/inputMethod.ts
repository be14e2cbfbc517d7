import type { CDPSession, Page } from 'playwright-core';

/**
 * A Korean or Japanese input method, played through the DevTools protocol
 * as the operating system's IME delivers it to Chromium: composition
 * updates, then the committed text.
 */
export class InputMethod {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<InputMethod> {
    return new InputMethod(await page.context().newCDPSession(page));
  }

  /** Shows `text` as the text being composed (underlined, not yet typed). */
  async compose(text: string): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Ends the composition with `text` typed. */
  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /**
   * Confirms the conversion with Enter. Most IMEs deliver that Enter as key
   * 229 ("being processed"); some deliver a real Enter (13), with text, while
   * the composition is still open: the page must not submit on either.
   */
  async confirmWithEnter(text: string, keyCode: 13 | 229): Promise<void> {
    const key = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: keyCode };
    await this.cdp.send(
      'Input.dispatchKeyEvent',
      keyCode === 13 ? { ...key, type: 'keyDown', text: '\r' } : { ...key, type: 'rawKeyDown' },
    );
    await this.commit(text);
    await this.cdp.send('Input.dispatchKeyEvent', { ...key, type: 'keyUp' });
  }
}
