import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { labelled } from './pages/labelled';
import { browserPerFile } from './support/browser';
import { anyLostEditsNotice, delegationPerTest, syncAll } from './support/delegation';
import { capture } from './support/screenshots';

/**
 * An agenda written at the same time merges (docs/sync-protocol.md, section
 * 3.5): two members, each in a browser profile of their own, write under the
 * same agenda item of the same minutes and add an item each while both are
 * offline. The minutes' agenda is one value leaf, so the later change wins;
 * the device whose change lost merges it back, item by item and edit by edit,
 * and sends the merge. After one more round of syncing each member reads both
 * members' notes and all three items, and neither is told that an edit lost.
 */
const browser = browserPerFile();
const delegation = delegationPerTest(browser);

/** The minutes' agenda, as a fieldset under its legend. */
const agenda = (app: App) =>
  app.page.locator('.notes-page fieldset', {
    has: app.page.locator('legend', { hasText: app.t('notes', 'minutes.agenda') }),
  });

/** The title of the agenda item with this number (1 for the first). */
const itemTitle = (app: App, n: number) => labelled(agenda(app), app.t('notes', 'minutes.agendaTitle', { n }));

/** The notes on the agenda item with this number (1 for the first). */
const itemNotes = (app: App, n: number) => labelled(agenda(app), app.t('notes', 'minutes.agendaNotes', { n }));

/** The titles of the agenda's items, in the order the screen lists them. */
async function itemTitles(app: App): Promise<string[]> {
  const count = await agenda(app).locator('.agenda-item').count();
  const titles: string[] = [];
  for (let n = 1; n <= count; n += 1) titles.push(await itemTitle(app, n).inputValue());
  return titles;
}

/** Opens a visit's minutes from the itinerary, by the visit's name in the app's language. */
async function openMinutes(app: App, visitName: string) {
  await app.itinerary.open();
  await app.notes.openFromItinerary(visitName);
  await app.notes.show('minutes');
  await agenda(app).waitFor();
}

/** "Add an agenda item", then its title and notes typed in, until the screen says it is saved. */
async function addItem(app: App, title: string, notes: string) {
  const n = (await agenda(app).locator('.agenda-item').count()) + 1;
  await agenda(app)
    .getByRole('button', { name: app.t('notes', 'minutes.addAgenda') })
    .click();
  await itemTitle(app, n).fill(title);
  await itemTitle(app, n).blur();
  await app.notes.waitUntilSaved();
  await itemNotes(app, n).fill(notes);
  await itemNotes(app, n).blur();
  await app.notes.waitUntilSaved();
}

/** Types into an item's notes at their start or their end, as a member adds a sentence, until saved. */
async function typeInNotes(app: App, n: number, where: 'start' | 'end', text: string) {
  await itemNotes(app, n).click();
  await app.page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await app.page.keyboard.type(text);
  await itemNotes(app, n).blur();
  await app.notes.waitUntilSaved();
}

describe('an agenda written at the same time', () => {
  it('keeps both members’ notes under the item both wrote under, and every item either added, on both devices', async () => {
    const { organiser, join } = await delegation();
    const member = await join('강원도 과학기술전문위원', 'ja-JP');
    await syncAll([organiser, member]);
    await openMinutes(organiser, '후쿠오카현청');
    await openMinutes(member, '福岡県庁');

    // The organiser puts an item on the agenda; the member, syncing, reads it.
    const shared = '과학의 달 행사';
    const agreed = '후쿠오카현에 행사 자료를 요청한다.';
    await addItem(organiser, shared, agreed);
    await syncAll([organiser, member]);
    await expect.poll(() => itemTitles(member)).toEqual([shared]);
    await expect.poll(() => itemNotes(member, 1).inputValue()).toBe(agreed);

    // Both offline, each writes under that item and adds one of their own, without having seen the other's: the member first.
    for (const app of [member, organiser]) await app.page.context().setOffline(true);
    const membersSentence = '江原道も同じ資料を希望する。';
    const membersItem = '九州大学との共同研究';
    await typeInNotes(member, 1, 'end', ` ${membersSentence}`);
    await addItem(member, membersItem, '大学と協力して進める。');
    const organisersSentence = '예산 자료도 함께 묻는다.';
    const organisersItem = '현 예산';
    await typeInNotes(organiser, 1, 'start', `${organisersSentence} `);
    await addItem(organiser, organisersItem, '현 예산의 1/4~1/5가 과학기술.');

    // The earlier writer syncs first, then the later one (whose agenda wins); the member's device, waiting for
    // changes, pulls the agenda that won at once, merges its lost agenda back and sends it; the organiser
    // receives the merge.
    await member.page.context().setOffline(false);
    await syncAll([member]);
    await organiser.page.context().setOffline(false);
    await syncAll([organiser]);
    await syncAll([member]);
    // The member's device, pulling the agenda that won, has merged its own back in.
    await expect.poll(() => itemTitles(member)).toEqual([shared, membersItem, organisersItem]);
    await syncAll([organiser]);

    // On both devices: the shared item's notes hold both sentences around what both began from, and all three
    // items are listed, the member's after the item it followed in the member's agenda.
    for (const app of [member, organiser]) {
      await expect.poll(() => itemTitles(app)).toEqual([shared, membersItem, organisersItem]);
      const notes = await itemNotes(app, 1).inputValue();
      expect(notes).toContain(organisersSentence);
      expect(notes).toContain(agreed);
      expect(notes).toContain(membersSentence);
    }
    expect(await itemNotes(member, 1).inputValue()).toBe(await itemNotes(organiser, 1).inputValue());

    // Neither device tells of a lost edit: the member's was merged back, the organiser's won.
    for (const app of [member, organiser]) expect(await anyLostEditsNotice(app).count()).toBe(0);

    await agenda(member).scrollIntoViewIfNeeded();
    await capture(member, 'agenda-merged');
  }, 180_000);
});
