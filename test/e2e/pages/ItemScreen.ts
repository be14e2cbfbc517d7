import { labelled } from './labelled';
import type { Screen } from './screen';

/** An itinerary item's own page: its form, its history, and the way back to the itinerary. */
export class ItemScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  form() {
    return this.page.locator('form');
  }

  field(key: string) {
    return labelled(this.form(), this.app.t('itinerary', key));
  }

  async save(): Promise<void> {
    await this.form()
      .getByRole('button', { name: this.app.t('itinerary', 'form.save') })
      .click();
  }

  deleteButton() {
    return this.page.getByRole('button', { name: this.app.t('itinerary', 'form.delete'), exact: true });
  }

  /** Back to the itinerary by the link above the item's name. */
  async backToItinerary(): Promise<void> {
    await this.page.locator('.page-header__eyebrow a').click();
    await this.page.locator('.itinerary-day').first().waitFor();
  }

  /** Opens the item's history of changes (its name as the page shows it): the dialog. */
  async openHistory(name: string) {
    await this.page.getByRole('button', { name: this.app.t('history', 'openOf', { name }) }).click();
    const dialog = this.page.getByRole('dialog', { name: `${this.app.t('history', 'title')}: ${name}` });
    await dialog.waitFor();
    return dialog;
  }
}
