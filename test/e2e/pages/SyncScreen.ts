import type { Screen } from './screen';

/** A trip's sync: publishing, invitations, devices; and joining a trip from the trip list. */
export class SyncScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.app.t('common', 'tripNav.label') })
      .getByRole('link', { name: this.app.t('common', 'tripNav.sync') })
      .click();
  }

  async publish(server: string, setupCode: string): Promise<void> {
    await this.page.getByLabel(this.app.t('common', 'syncSetup.server')).fill(server);
    await this.page.getByLabel(this.app.t('common', 'syncSetup.setupCode')).fill(setupCode);
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.publish') }).click();
  }

  /** Invites a member and answers the join code to give them. */
  async invite(name: string): Promise<string> {
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.invite', { name }) }).click();
    const code = this.page.getByLabel(this.app.t('common', 'syncSetup.joinCodeFor', { name }));
    await code.waitFor();
    return (await code.textContent()) ?? '';
  }

  async join(joinCode: string): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('common', 'syncSetup.joinTitle') }).click();
    await this.page.getByLabel(this.app.t('common', 'syncSetup.joinCode')).fill(joinCode);
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.join') }).click();
  }

  /** The organiser revokes a device in the trip's device list, confirming in the dialog. */
  async revoke(memberName: string): Promise<void> {
    const row = this.page.locator('.sync-list__row', { hasText: memberName });
    await row.getByRole('button', { name: this.app.t('common', 'syncSetup.revoke') }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('common', 'syncSetup.revoke') })
      .click();
    await row.getByText(this.app.t('common', 'syncSetup.revoked')).waitFor();
  }

  status() {
    return this.page.locator('.sync-status__line');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('common', 'sync.now') }).click();
  }

  /** Waits until the trip's status says everything was sent and when it last synced. */
  async waitUntilSynced(): Promise<void> {
    const allSent = this.app.t('common', 'sync.allSent');
    await this.page.locator('.sync-status__line', { hasText: `${allSent} · ` }).waitFor();
  }
}
