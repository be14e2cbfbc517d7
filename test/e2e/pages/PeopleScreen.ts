import { labelled } from './labelled';
import type { Screen } from './screen';

/** The trip's hosts' people: each person once, by organisation, added and corrected here. */
export class PeopleScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.app.t('common', 'tripNav.label') })
      .getByRole('link', { name: this.app.t('common', 'tripNav.people') })
      .click();
    await this.page.locator('.person-card').first().waitFor();
  }

  /** Adds a person with the new person's form, its fields by their form keys ('form.nameJa', 'form.title.ko'). */
  async add(fields: Record<string, string>): Promise<void> {
    await this.page.getByRole('button', { name: `+ ${this.app.t('people', 'add')}` }).click();
    const form = this.page.getByRole('region', { name: this.app.t('people', 'newPerson') });
    for (const [key, value] of Object.entries(fields)) await labelled(form, this.app.t('people', key)).fill(value);
    await form.getByRole('button', { name: this.app.t('people', 'add') }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** Corrects a person once, by the name their card shows. */
  async edit(name: string, fields: Record<string, string>): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('people', 'edit', { name }) }).click();
    const form = this.page.getByRole('listitem', { name: this.app.t('people', 'edit', { name }) });
    for (const [key, value] of Object.entries(fields)) await labelled(form, this.app.t('people', key)).fill(value);
    await form.getByRole('button', { name: this.app.t('people', 'save') }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** Every person's card as shown. */
  cards(): Promise<string[]> {
    return this.page.locator('.person-card').allInnerTexts();
  }
}
