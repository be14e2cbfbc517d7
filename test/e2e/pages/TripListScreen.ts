import type { Screen } from './screen';
import { TripFormScreen } from './TripFormScreen';

export class TripListScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.app.t('trips', 'list.title') });
  }

  /**
   * Opens the new trip form. The first trip on a device asks who visits whom first: answered with
   * the delegation's and the hosts' countries ('KR', 'JP'), by default a Korean delegation to Japan.
   */
  async startNewTrip(delegation = 'KR', hosts = 'JP'): Promise<void> {
    await this.page
      .getByRole('link', { name: this.app.t('trips', 'list.new') })
      .first()
      .click();
    await this.page.waitForURL(/#\/trips\/new$/);
    await this.page.locator('form').first().waitFor();
    const asks = this.page.getByRole('heading', { name: this.app.t('trips', 'parties.question') });
    if (await asks.isVisible()) await new TripFormScreen(this.app).sayWhoVisitsWhom(delegation, hosts);
  }

  async loadSampleTrip(): Promise<void> {
    await this.page
      .getByRole('button', { name: this.app.t('trips', 'list.loadSample') })
      .first()
      .click();
  }

  /** Restores a trip from a .fieldbook backup through the file chooser. */
  async restoreFromBackup(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page
      .getByRole('button', { name: this.app.t('common', 'tripFiles.restore') })
      .first()
      .click();
    await (await chooser).setFiles(file);
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
