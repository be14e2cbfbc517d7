import type { Screen } from './screen';

export class TripScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  title() {
    return this.page.locator('#trip-title');
  }

  /** Opens the trip's overview from the trip's navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.app.t('common', 'tripNav.label') })
      .getByRole('link', { name: this.app.t('common', 'tripNav.overview') })
      .click();
    await this.waitUntilLoaded();
  }

  /** Waits until the trip, its roster and its visits are all on screen. */
  async waitUntilLoaded(): Promise<void> {
    await this.title().waitFor();
    await this.page.locator('#roster-heading').waitFor();
    await this.page.locator('#visits-heading').waitFor();
  }

  async startAddingMember(): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('members', 'roster.add') }).click();
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('trips', 'details.edit') }).click();
  }

  /** Deletes the trip, answering the confirmation. */
  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('trips', 'details.delete') }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('trips', 'delete.confirm') })
      .click();
  }

  /** The roster, one row per member: name, name for the hosts, affiliation, role. */
  async roster(): Promise<string[][]> {
    const rows = this.page.locator('table.roster tbody tr');
    await rows.first().waitFor();
    return rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent?.trim() ?? '')),
    );
  }

  /** Opens a roster entry's form. */
  async editMember(name: string): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('members', 'roster.editMember', { name }) }).click();
    await this.page.locator('#member-form-heading').waitFor();
  }

  async removeMember(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('members', 'roster.removeMember', { name }) }).click();
  }

  /** The visits as listed: time and names of the host in every language written. */
  visits() {
    return this.page.locator('.visit-list__item');
  }

  facts() {
    return this.page.locator('dl.facts');
  }
}
