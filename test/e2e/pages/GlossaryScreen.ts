import type { Language } from '../../../shared/i18n/languages';
import type { Screen } from './screen';

/** The trip's glossary: its terms in Korean, Japanese and English. */
export class GlossaryScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('common', 'tripNav.glossary') }).click();
    await this.page.locator('.glossary__item').first().waitFor();
  }

  /** Adds a term with the new term's form. */
  async add(term: Partial<Record<Language, string>>): Promise<void> {
    const form = this.page.getByRole('form', { name: this.app.t('glossary', 'newTerm') });
    for (const [lang, written] of Object.entries(term)) {
      await form.getByLabel(this.app.t('glossary', `term.${lang}`), { exact: true }).fill(written);
    }
    await form.getByRole('button', { name: this.app.t('glossary', 'add') }).click();
  }

  /** Every term as shown, its languages joined. */
  terms(): Promise<string[]> {
    return this.page.locator('.glossary__term').allInnerTexts();
  }
}
