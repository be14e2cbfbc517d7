import type { App } from './App';
import { labelled } from './labelled';

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
  constructor(private readonly app: App) {}

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
