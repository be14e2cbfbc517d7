import type { Download, Locator, Page } from 'playwright-core';
import type { Screen } from './screen';

/** One attached file as its card shows it: name, open, save a copy, and what the card says. */
export class AttachmentCard {
  constructor(
    private readonly app: Screen,
    readonly root: Locator,
  ) {}

  /** The card of the attachment shown under this name. */
  static named(app: Screen, name: string): AttachmentCard {
    return new AttachmentCard(
      app,
      app.page.locator('.attachment').filter({ has: app.page.locator('.attachment__name', { hasText: name }) }),
    );
  }

  name() {
    return this.root.locator('.attachment__name');
  }

  message() {
    return this.root.getByRole('status');
  }

  /** Saves a copy; in a browser the copy is a download, answered here. */
  async saveCopy(): Promise<Download> {
    const download = this.app.page.waitForEvent('download');
    await this.root.getByRole('button', { name: this.app.t('notes', 'files.saveCopy') }).click();
    return download;
  }

  /** Says that the file was attached elsewhere and is not on this device yet. */
  notDownloaded() {
    return this.root.getByText(this.app.t('notes', 'files.notDownloaded'), { exact: false });
  }

  /** Opens a photo, which shows in the app's viewer (downloaded first if it is not here): the viewer's image. */
  async view() {
    const name = (await this.name().textContent()) ?? '';
    await this.root.getByRole('button', { name: `${this.app.t('notes', 'files.open')}: ${name}` }).click();
    return this.app.page.getByRole('dialog', { name }).getByRole('img', { name });
  }

  /** Opens the file; in a browser it opens in a tab of its own, answered here. */
  async open(): Promise<Page> {
    const tab = this.app.page.context().waitForEvent('page');
    const name = (await this.name().textContent()) ?? '';
    await this.root.getByRole('button', { name: `${this.app.t('notes', 'files.open')}: ${name}` }).click();
    return tab;
  }
}
