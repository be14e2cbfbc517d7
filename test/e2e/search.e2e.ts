import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

const browser = browserPerFile();

/** Run in the page: the text a search marked, selected in the focused field or highlighted (search-match). */
function markedOnPage(): string {
  const field = document.activeElement;
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const selected = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    if (selected) return selected;
  }
  const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-match');
  return highlight ? [...highlight].map((range) => range.toString()).join('') : '';
}

describe('search', () => {
  it('Ctrl+K anywhere, a word typed, Enter: the note that holds it opens with the words selected there (Korean)', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await app.tripList.loadSampleTrip();
    await app.itinerary.open();
    // From a text field too: the shortcut is the search's, not the field's.
    await app.page.keyboard.press('Control+K');
    const query = app.page.getByRole('combobox', { name: app.t('search', 'query') });
    await query.waitFor();
    await query.pressSequentially('공업기술센터');
    const results = app.page.getByRole('listbox', { name: app.t('search', 'results') });
    await results.getByRole('option').first().waitFor();
    expect(await results.locator('mark').first().textContent()).toBe('공업기술센터');
    await capture(app, 'search-palette');
    await query.press('Enter');
    // The place opens with the match marked: selected in a text field, or highlighted in text shown.
    await expect.poll(() => app.page.evaluate(markedOnPage)).toBe('공업기술센터');
    expect(await app.page.evaluate(() => location.hash)).toMatch(/\/visits\//);
    await capture(app, 'search-opened');
  });

  it('finds Japanese by its traditional kanji and a place by its reading in kana (Japanese)', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await app.tripList.loadSampleTrip();
    await app.itinerary.open();
    await app.page.getByRole('button', { name: new RegExp(app.t('search', 'open')) }).click();
    const query = app.page.getByRole('combobox', { name: app.t('search', 'query') });
    await query.fill('福岡縣');
    const results = app.page.getByRole('listbox', { name: app.t('search', 'results') });
    await results.getByRole('option').first().waitFor();
    expect(await results.locator('mark').first().textContent()).toBe('福岡県');
    await query.fill('ふくおか');
    await expect.poll(() => results.locator('mark').allTextContents()).toContain('福岡');
    // The Korean notes that render it are found too: 후쿠오카.
    expect(await results.locator('mark').allTextContents()).toContain('후쿠오카');
    await capture(app, 'search-palette');
  });
});
