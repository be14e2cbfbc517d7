import { createRequire } from 'node:module';
import { LANGUAGE_AUTONYMS } from '@shared/i18n/languages';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

const browser = browserPerFile();

const lang = (app: App) => app.page.locator('html').getAttribute('lang');
const heading = (app: App) => app.page.getByRole('heading', { level: 1 }).textContent();
/** The header's language control, found by its name in the language on screen, as a screen reader user would. */
const control = (app: App) => app.page.getByLabel(app.t('common', 'language.label')).first();

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** axe's findings (WCAG 2.1 A and AA) on the page with the menu open, which accessibility.e2e.ts never sees. */
async function axeFindings(app: App): Promise<string[]> {
  await app.page.evaluate(axeSource);
  return app.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}`));
  });
}

describe("the header's language control", () => {
  it('changes nothing on an arrow key; a language is chosen in its menu, and the cursor comes back, in Korean', async () => {
    const app = await openApp(browser(), 'ko-KR');
    expect(await heading(app)).toBe('연수 목록');

    // The first control of the header a keyboard user lands on, with an ArrowDown meant for the page.
    await control(app).focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await lang(app)).toBe('ko');
    expect(await heading(app)).toBe('연수 목록');

    // The arrow key opened the menu, on the language in use: arrows move within it, and Escape leaves it as it was.
    const menu = app.page.getByRole('menu', { name: '화면 언어' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitemradio').allTextContents()).toEqual(['한국어', '日本語', 'English']);
    expect(await menu.getByRole('menuitemradio', { checked: true }).textContent()).toBe('한국어');
    const focused = () => app.page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('한국어');
    await app.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('English');
    expect(await lang(app)).toBe('ko');
    await capture(app, 'language-menu');
    expect(await axeFindings(app)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await lang(app)).toBe('ko');
    const button = app.page.getByRole('button', { name: '화면 언어 한국어' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    // Chosen on purpose: opened, moved to 日本語, confirmed with Enter.
    await app.page.keyboard.press('Enter');
    await menu.waitFor();
    await app.page.keyboard.press('ArrowDown');
    expect(await lang(app)).toBe('ko');
    await app.page.keyboard.press('Enter');
    await app.page.locator('html[lang="ja"]').waitFor();
    await expect.poll(() => heading(app)).toBe('視察一覧');
    const inJapanese = app.page.getByRole('button', { name: '表示言語 日本語' });
    expect(await inJapanese.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await app.page.getByRole('menu').count()).toBe(0);

    await app.reload();
    expect(app.language).toBe('ja');
  });

  it('closes its menu without a choice when the user clicks elsewhere, and switches on a click, in Japanese', async () => {
    const app = await openApp(browser(), 'ja-JP');
    const button = app.page.getByRole('button', { name: `表示言語 ${LANGUAGE_AUTONYMS.ja}` });
    await button.click();
    const menu = app.page.getByRole('menu', { name: '表示言語' });
    await menu.waitFor();
    await capture(app, 'language-menu');
    expect(await axeFindings(app)).toEqual([]);
    await app.page.getByRole('heading', { level: 1 }).click();
    await menu.waitFor({ state: 'detached' });
    expect(await lang(app)).toBe('ja');

    await button.click();
    await menu.getByRole('menuitemradio', { name: '한국어' }).click();
    await app.page.locator('html[lang="ko"]').waitFor();
    await expect.poll(() => heading(app)).toBe('연수 목록');
    const inKorean = app.page.getByRole('button', { name: '화면 언어 한국어' });
    expect(await inKorean.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
