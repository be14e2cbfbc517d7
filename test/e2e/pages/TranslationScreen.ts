import type { Locator } from 'playwright-core';
import type { Screen } from './screen';

/** The trip's translation screen: every text that goes into an export, each original beside its translations. */
export class TranslationScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  /** Opens it from the trip's navigation, as a user does. */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('common', 'tripNav.translation') }).click();
    await this.page.locator('.translation__item').first().waitFor();
  }

  /** The counts per language, one line each. */
  counts(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: this.app.t('translation', 'counts.label') })
      .locator('li')
      .allTextContents();
  }

  /** The text of a kind (its label, e.g. 'Q&A: answer') whose original holds `words`. */
  text(kind: string, words: string): Locator {
    return this.page.getByRole('article', { name: kind, exact: true }).filter({ hasText: words }).first();
  }

  /** A text's translation into a language, by its field's label ('Translation into Japanese'). */
  translationField(text: Locator, languageName: string): Locator {
    return text.getByLabel(this.app.t('translation', 'translationInto', { lang: languageName }));
  }

  status(text: Locator): Locator {
    return text.locator('.translation__status').first();
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.getByText(this.app.t('notes', 'save.saved')).waitFor();
  }

  async nextMissing(): Promise<void> {
    await this.page.keyboard.press('Alt+ArrowDown');
  }
}
