import type { App } from './App';

export class TripListScreen {
  constructor(private readonly app: App) {}

  private get page() {
    return this.app.page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.app.t('trips', 'list.title') });
  }

  async startNewTrip(): Promise<void> {
    await this.page
      .getByRole('link', { name: this.app.t('trips', 'list.new') })
      .first()
      .click();
  }

  async loadSampleTrip(): Promise<void> {
    await this.page
      .getByRole('button', { name: this.app.t('trips', 'list.loadSample') })
      .first()
      .click();
  }

  /** The titles of the listed trips, as shown (first in the interface language), once the list has loaded. */
  async titles(): Promise<string[]> {
    await this.page.locator('.trip-list, .empty-state').first().waitFor();
    return this.page.locator('.trip-card__title').allTextContents();
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
  }
}
