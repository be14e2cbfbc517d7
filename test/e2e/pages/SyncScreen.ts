import type { Download } from 'playwright-core';
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

  /** The publish form's server address, as the form shows it before the organiser types. */
  serverAddress() {
    return this.page.getByLabel(this.app.t('common', 'syncSetup.server'));
  }

  /** Invites a member and answers the join code to give them. */
  async invite(name: string): Promise<string> {
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.invite', { name }) }).click();
    const code = this.page.getByLabel(this.app.t('common', 'syncSetup.joinCodeFor', { name }), { exact: true });
    await code.waitFor();
    return (await code.textContent()) ?? '';
  }

  async join(joinCode: string): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('common', 'syncSetup.joinTitle') }).click();
    await this.enterJoinCode(joinCode);
  }

  /** A member's device that stopped syncing joins again, from the trip's sync page. */
  async joinAgain(joinCode: string): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('common', 'syncSetup.joinWithCode') }).click();
    await this.enterJoinCode(joinCode);
  }

  private async enterJoinCode(joinCode: string): Promise<void> {
    await this.page.getByLabel(this.app.t('common', 'syncSetup.joinCode')).fill(joinCode);
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.join') }).click();
  }

  /** A member's row in the invitations: their state, their code while it is shown, its buttons. */
  invitation(memberName: string) {
    return this.page
      .getByRole('region', { name: this.app.t('common', 'syncSetup.invitations') })
      .locator('.sync-list__row')
      .filter({ hasText: memberName });
  }

  /**
   * A new code for a member invited before, replacing theirs; answers the
   * join code to give them (not the one still shown since the last, if the
   * page was not left).
   */
  async newCode(memberName: string): Promise<string> {
    const shown = this.page.getByLabel(this.app.t('common', 'syncSetup.joinCodeFor', { name: memberName }), {
      exact: true,
    });
    const before = (await shown.count()) > 0 ? await shown.textContent() : null;
    await this.invitation(memberName)
      .getByRole('button', { name: this.app.t('common', 'syncSetup.newCode') })
      .click();
    const code = before ? shown.filter({ hasNotText: before }) : shown;
    await code.waitFor();
    return (await code.textContent()) ?? '';
  }

  /** The device list, under its heading: the trip's devices for an organiser, a member's own for a member. */
  devices(heading: 'devices' | 'myDevices' = 'devices') {
    return this.page.getByRole('region', { name: this.app.t('common', `syncSetup.${heading}`) });
  }

  /** Renames a device of the list, known by its label there ("Kim's Chrome · Linux"), pressing Enter. */
  async renameDevice(label: string, name: string): Promise<void> {
    const renameLabel = this.app.t('common', 'syncSetup.renameLabel', { device: label });
    await this.page.getByRole('button', { name: renameLabel }).click();
    await this.page.getByRole('textbox', { name: renameLabel }).fill(name);
    await this.page.keyboard.press('Enter');
  }

  /** Stops syncing the trip on this device, confirming in the dialog. */
  async stopSyncing(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('common', 'syncSetup.stop') }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: this.app.t('common', 'syncSetup.stop') })
      .click();
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

  /**
   * Writes the trip's .fieldbook file (`export` or `backup`) and answers the
   * download, once written; changes for `recipient` when named, else for
   * whom the screen offers.
   */
  async writeTripFile(kind: 'export' | 'backup', recipient?: string): Promise<Download> {
    if (recipient)
      await this.page.getByLabel(this.app.t('common', 'tripFiles.recipient')).selectOption({ label: recipient });
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.app.t('common', `tripFiles.${kind}`) }).click();
    return download;
  }

  /** Imports a .fieldbook file into the trip through the file chooser. */
  async importTripFile(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.app.t('common', 'tripFiles.import') }).click();
    await (await chooser).setFiles(file);
  }

  /** What the files' work said last. */
  tripFileStatus() {
    return this.page.locator('.trip-files').getByRole('status');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('common', 'sync.now') }).click();
  }

  /**
   * Waits until the trip's status says everything was sent and when it last
   * synced; if it never does, the failure says what the status said instead.
   */
  async waitUntilSynced(): Promise<void> {
    const allSent = this.app.t('common', 'sync.allSent');
    try {
      await this.page.locator('.sync-status__line', { hasText: `${allSent} · ` }).waitFor();
    } catch (error) {
      const line = this.status();
      const alerts = (await this.page.getByRole('alert').allInnerTexts()).join(' | ');
      const said =
        (await line.count()) > 0
          ? `"${await line.innerText()}" (${await line.getAttribute('data-state')})`
          : `nothing, at ${this.page.url()}, its alerts: "${alerts}"`;
      throw new Error(`The sync status never said everything was sent; it said ${said}`, { cause: error });
    }
  }
}
