import { labelled } from './labelled';
import type { Screen } from './screen';

export type TripFields = Partial<{
  titleKo: string;
  titleJa: string;
  titleEn: string;
  purpose: string;
  startDate: string;
  endDate: string;
  homeTimeZone: string;
  destinationTimeZone: string;
  organiserKo: string;
  organiserJa: string;
}>;

export class TripFormScreen {
  constructor(private readonly app: Screen) {}

  private get form() {
    return this.app.page.locator('form');
  }

  /** A form control by its label as shown, with or without the required mark. */
  field(key: string) {
    return labelled(this.form, this.app.t('trips', key));
  }

  async fill(fields: TripFields): Promise<void> {
    const controls: [keyof TripFields, string][] = [
      ['titleKo', 'form.title.ko'],
      ['titleJa', 'form.title.ja'],
      ['titleEn', 'form.title.en'],
      ['startDate', 'form.startDate'],
      ['endDate', 'form.endDate'],
      ['homeTimeZone', 'form.homeTimeZone'],
      ['destinationTimeZone', 'form.destinationTimeZone'],
      ['organiserKo', 'form.organiser.ko'],
      ['organiserJa', 'form.organiser.ja'],
      ['purpose', 'form.purpose'],
    ];
    for (const [name, key] of controls) {
      const value = fields[name];
      if (value !== undefined) await this.field(key).fill(value);
    }
  }

  /**
   * Answers the question the first trip on a device asks: the delegation's country and the hosts'
   * (codes: 'KR', 'JP'), each proposing its language; then the form opens.
   */
  async sayWhoVisitsWhom(delegation: string, hosts: string): Promise<void> {
    const page = this.app.page;
    for (const [side, country] of [
      ['parties.home', delegation],
      ['parties.host', hosts],
    ] as const) {
      const group = page.getByRole('group', { name: this.app.t('trips', side) });
      await labelled(group, this.app.t('trips', 'parties.country')).selectOption(country);
    }
    await this.form.getByRole('button', { name: this.app.t('trips', 'parties.continue') }).click();
    await this.field('form.startDate').waitFor();
  }

  async create(): Promise<void> {
    await this.form.getByRole('button', { name: this.app.t('trips', 'form.create') }).click();
  }

  async saveChanges(): Promise<void> {
    await this.form.getByRole('button', { name: this.app.t('trips', 'form.save') }).click();
  }

  /** The error message shown under a field, if any. */
  async errorFor(key: string): Promise<string | null> {
    const describedBy = await this.field(key).getAttribute('aria-describedby');
    const errorId = describedBy?.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? this.app.page.locator(`[id="${errorId}"]`).textContent() : null;
  }
}
