import type { ItineraryKind } from '../../../shared/model';
import { labelled } from './labelled';
import type { Screen } from './screen';

export interface ItemFields {
  kind: ItineraryKind;
  /** The host's name for a visit, the title otherwise, per language. */
  nameKo?: string;
  nameJa?: string;
  startTime?: string;
  endTime?: string;
  /** When the item ends on a later day (YYYY-MM-DD). */
  endDate?: string;
  /** IANA zones, as typed; without them the form's default (the destination's). */
  timeZone?: string;
  endTimeZone?: string;
}

export class ItineraryScreen {
  constructor(private readonly app: Screen) {}

  private get page() {
    return this.app.page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.app.t('itinerary', 'page.title') });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.app.t('common', 'tripNav.label') })
      .getByRole('link', { name: this.app.t('common', 'tripNav.itinerary') })
      .click();
    await this.page.locator('.itinerary-day').first().waitFor();
  }

  /** The day's section, found by its heading's date text (e.g. '2026년 5월 11일'). */
  day(dateText: string) {
    return this.page.locator('.itinerary-day').filter({ has: this.page.getByRole('heading', { name: dateText }) });
  }

  /** An item's row, found by the name it shows. */
  row(name: string) {
    return this.page.locator('.itinerary-row').filter({
      has: this.page.locator('.itinerary-row__link', { hasText: name }),
    });
  }

  /** When an item happens, as its row says it. */
  async timeOf(name: string): Promise<string> {
    return (await this.row(name).locator('.itinerary-row__time').textContent()) ?? '';
  }

  /** Opens an item's own page from its row. */
  async openItem(name: string): Promise<void> {
    await this.row(name).locator('.itinerary-row__link').click();
    await this.page.locator('#item-form-heading').waitFor();
  }

  /** The names of a day's items, in order. */
  async names(dateText: string): Promise<string[]> {
    return this.day(dateText).locator('.itinerary-row__link').allTextContents();
  }

  async addItem(dateText: string, fields: ItemFields): Promise<void> {
    await this.day(dateText)
      .getByRole('link', { name: new RegExp(this.app.t('itinerary', 'page.add')) })
      .click();
    const form = this.page.locator('form');
    await form.getByRole('radio', { name: this.app.t('itinerary', `kinds.${fields.kind}`) }).check();
    const names = fields.kind === 'visit' ? 'form.hostName' : 'form.title';
    if (fields.nameKo) await labelled(form, this.app.t('itinerary', `${names}.ko`)).fill(fields.nameKo);
    if (fields.nameJa) await labelled(form, this.app.t('itinerary', `${names}.ja`)).fill(fields.nameJa);
    if (fields.startTime) await labelled(form, this.app.t('itinerary', 'form.startTime')).fill(fields.startTime);
    if (fields.endTime) await labelled(form, this.app.t('itinerary', 'form.endTime')).fill(fields.endTime);
    if (fields.endDate) {
      await form.getByRole('checkbox', { name: this.app.t('itinerary', 'form.endsAnotherDay') }).check();
      await labelled(form, this.app.t('itinerary', 'form.endDate')).fill(fields.endDate);
    }
    if (fields.timeZone) await labelled(form, this.app.t('itinerary', 'form.timeZone')).fill(fields.timeZone);
    if (fields.endTimeZone) {
      await labelled(form, this.app.t('itinerary', 'form.endTimeZone')).fill(fields.endTimeZone);
    }
    await form.getByRole('button', { name: this.app.t('itinerary', 'form.add') }).click();
    await this.heading().waitFor();
    // The item shows in its day under one of its names, whichever the interface language picks.
    const shown = [fields.nameKo, fields.nameJa].filter((name): name is string => Boolean(name));
    const either = new RegExp(shown.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    if (shown.length > 0) await this.day(dateText).locator('.itinerary-row__link', { hasText: either }).waitFor();
  }

  /**
   * Moves an item with the keyboard alone: Space to pick it up, arrow keys,
   * Space to drop, each key once the screen reader has announced the last
   * one, as a person listening would.
   */
  async moveWithKeyboard(name: string, key: 'ArrowUp' | 'ArrowDown', times: number): Promise<void> {
    const handle = this.page.getByRole('button', { name: this.app.t('itinerary', 'page.drag', { name }) });
    const announcement = this.page.locator('[id^=DndLiveRegion]');
    const pressAndHear = async (pressed: string) => {
      const before = await announcement.textContent();
      await this.page.keyboard.press(pressed);
      await this.page.waitForFunction(([element, previous]) => element?.textContent !== previous, [
        await announcement.elementHandle(),
        before,
      ] as const);
    };
    await handle.focus();
    await pressAndHear('Space');
    for (let i = 0; i < times; i++) await pressAndHear(key);
    await pressAndHear('Space');
  }

  async warnings(): Promise<string[]> {
    return this.page.locator('.warnings li').allTextContents();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('itinerary', 'page.undo'), exact: true }).click();
  }

  async showTimeline(): Promise<void> {
    await this.page.getByRole('button', { name: this.app.t('itinerary', 'page.timeline') }).click();
    await this.page.locator('.timeline__day').first().waitFor();
  }
}
