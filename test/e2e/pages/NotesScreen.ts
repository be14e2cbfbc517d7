import { labelled } from './labelled';
import type { Screen } from './screen';

type Section = 'checklist' | 'minutes' | 'qa' | 'files';

/** A visit's notes: checklist answers, minutes, Q&A notes and files. */
export class NotesScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  title() {
    return this.page.locator('#notes-title');
  }

  /** Opens the notes of the visit whose name is shown in the itinerary. */
  async openFromItinerary(visitName: string): Promise<void> {
    await this.page.getByRole('link', { name: this.app.t('notes', 'page.openNotesFor', { name: visitName }) }).click();
    await this.title().waitFor();
  }

  async show(section: Section): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.app.t('notes', 'page.title') })
      .getByRole('link', { name: this.app.t('notes', `page.sections.${section}`) })
      .click();
  }

  /**
   * Chooses who writes on this device; once someone is writing, by "Change" first, as a user must.
   * The member is found by either of their names: an option shows the one the interface language
   * reads, the other in its tooltip.
   */
  async writeAs(memberName: string): Promise<void> {
    const change = this.changeWriterButton();
    if (await change.isVisible()) await change.click();
    const picker = this.writerPicker();
    const option = picker
      .locator('option', { hasText: memberName })
      .or(picker.locator(`option[title=${JSON.stringify(memberName)}]`));
    const value = await option.first().getAttribute('value');
    await picker.selectOption(value ?? '');
  }

  /** The list of members to write as (while nobody writes, or after "Change"). */
  writerPicker() {
    return this.page.getByRole('combobox', { name: this.app.t('notes', 'page.writingAs') });
  }

  changeWriterButton() {
    return this.page.getByRole('button', { name: this.app.t('notes', 'page.changeWriter'), exact: true });
  }

  /** The name of who writes on this device, as the picker shows it once chosen. */
  writer() {
    return this.page.locator('.member-picker strong');
  }

  /** The member's own answer to the question with this number (1 for the first). */
  myAnswer(questionNumber: number) {
    return this.page
      .locator('.question-card')
      .nth(questionNumber - 1)
      .getByLabel(this.app.t('notes', 'checklist.yourAnswer'));
  }

  field(key: string) {
    return labelled(this.page.locator('.notes-page'), this.app.t('notes', key));
  }

  /** Waits until the screen says everything is saved. */
  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.save-indicator[data-state="saved"]').waitFor();
  }

  qaNotes() {
    return this.page.locator('.qa-note');
  }

  composerQuestion() {
    return this.page
      .getByRole('form', { name: this.app.t('notes', 'qa.new') })
      .getByLabel(this.app.t('notes', 'qa.question'), { exact: true });
  }

  fileInput() {
    return this.page.locator('.dropzone input[type="file"]');
  }

  /** Attaches files on the files tab through its file input, until the screen says they are attached. */
  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.fileInput().setInputFiles(files);
    const attached = this.app.t('notes', files.length === 1 ? 'files.attached_one' : 'files.attached_other', {
      count: files.length,
    });
    await this.page.getByRole('status').filter({ hasText: attached }).waitFor();
  }

  attachments() {
    return this.page.locator('.attachment');
  }

  /** "Download all for offline" in the visit's files, until it says every file is here. */
  async downloadAllFiles(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('notes', 'files.downloadAll') }).click();
    await this.page.getByText(this.app.t('notes', 'files.allHere')).waitFor();
  }
}
