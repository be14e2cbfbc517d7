import { memberNameFor } from '@shared/people/memberName';
import { sampleMembers, sampleTrip } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile } from './support/browser';
import { anyLostEditsNotice, delegationPerTest, syncAll } from './support/delegation';
import { capture } from './support/screenshots';

/**
 * An edit that lost (docs/sync-protocol.md, section 3.2), as its writer meets
 * it: two members, each in a browser profile of their own, change the same
 * value leaf (a Q&A note's time: a time is one value, neither merged as a
 * text nor as a list) while both are offline; the later change wins on every
 * device, and the device whose change lost says so, in its own language,
 * until its user has read it.
 */
const browser = browserPerFile();
const delegation = delegationPerTest(browser);

/** The Q&A note the member wrote, as its card shows it. */
const QUESTION = '県の科学技術の予算はどのくらいか（江原）';
const firstNote = (app: App) => app.notes.qaNotes().filter({ hasText: QUESTION });

/** The time the first Q&A note's card shows. */
const shownTime = (app: App) => firstNote(app).locator('.qa-note__meta time').textContent();

/** A sample member's name as the app's reader reads it (memberNameFor): 江原道 科学技術専門委員 on a Japanese screen. */
function nameOn(app: App, name: string): string {
  const member = sampleMembers.find((one) => one.name === name);
  if (!member) throw new Error(`${name} is not in the sample trip's roster`);
  return memberNameFor(member, app.language, sampleTrip).name.text;
}

/** Opens a visit's Q&A notes from the itinerary, by the visit's name in the app's language. */
async function openQaNotes(app: App, visitName: string) {
  await app.itinerary.open();
  await app.notes.openFromItinerary(visitName);
  await app.notes.show('qa');
  await app.notes.qaNotes().first().waitFor();
}

/** Sets the first Q&A note's time in its editor, until the screen says it is saved. */
async function setFirstNoteTime(app: App, time: string) {
  await firstNote(app)
    .getByRole('button', { name: app.t('notes', 'qa.edit') })
    .click();
  const editor = app.page.locator('.qa-note--editing');
  await editor.getByLabel(app.t('notes', 'qa.time')).fill(time);
  await editor.getByRole('button', { name: app.t('notes', 'qa.done'), exact: true }).click();
  await app.notes.waitUntilSaved();
}

/** The notice that edits made on this device lost, with the count it says. */
function lostEditsNotice(app: App, count: number) {
  return app.page.getByRole('alert').filter({ hasText: app.t('common', 'sync.lostEdits', { count }) });
}

describe('lost edits', () => {
  it('the member whose Q&A note’s time lost to the organiser’s, set at the same time, is told once, in Japanese', async () => {
    const { organiser, join } = await delegation();
    const gangwon = '강원도 과학기술전문위원';
    const member = await join(gangwon, 'ja-JP');
    await syncAll([organiser, member]);
    await openQaNotes(member, '福岡県庁');
    // The member notes a question of their own: theirs to change, as any of the organiser's.
    await member.notes.composerQuestion().fill(QUESTION);
    await member.page.keyboard.press('Control+Enter');
    await firstNote(member).waitFor();
    await syncAll([member, organiser]);
    await openQaNotes(organiser, '후쿠오카현청');
    await firstNote(organiser).waitFor();

    // Both offline, each sets the note's time without having seen the other's: the member first.
    for (const app of [member, organiser]) await app.page.context().setOffline(true);
    const members = '10:40';
    const organisers = '11:15';
    await setFirstNoteTime(member, members);
    await setFirstNoteTime(organiser, organisers);

    // The earlier writer syncs first, then the later one, then both again.
    await member.page.context().setOffline(false);
    await syncAll([member]);
    await organiser.page.context().setOffline(false);
    await syncAll([organiser]);
    await syncAll([member, organiser]);

    // The later change holds the time on both devices.
    await expect.poll(() => shownTime(organiser), { timeout: 10_000 }).toBe(organisers);
    await expect.poll(() => shownTime(member), { timeout: 10_000 }).toBe(organisers);

    // The member's device says, in Japanese, that one of its edits lost; the organiser's, whose won, says nothing.
    const notice = lostEditsNotice(member, 1);
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(member.t('common', 'sync.lostEdits', { count: 1 }));
    expect(await anyLostEditsNotice(organiser).count()).toBe(0);

    // Not read yet, it is still there after a reload, under the trip's navigation.
    await member.reload();
    await notice.waitFor();
    await member.page.getByRole('navigation', { name: member.t('common', 'tripNav.label') }).waitFor();
    await firstNote(member).waitFor();
    await capture(member, 'lost-edits-notice');

    // Read, it goes, and stays gone after a reload.
    await notice.getByRole('button', { name: member.t('common', 'roles.dismiss') }).click();
    await expect.poll(() => anyLostEditsNotice(member).count()).toBe(0);
    await member.reload();
    await expect.poll(() => shownTime(member)).toBe(organisers);
    await syncAll([member]);
    expect(await anyLostEditsNotice(member).count()).toBe(0);

    // The note's history shows the member's time that lost, where the notice said, and restores it for everyone.
    await firstNote(member)
      .getByRole('button', { name: new RegExp(`^${member.t('notes', 'history.title')}: `) })
      .click();
    const history = member.page.getByRole('dialog');
    const lost = history.locator('.concurrent-texts .history__version', { hasText: nameOn(member, gangwon) });
    await expect.poll(() => lost.count()).toBe(1);
    expect(await lost.textContent()).toContain(members);
    await lost.getByRole('button', { name: member.t('history', 'restore') }).click();
    await expect.poll(() => history.count()).toBe(0);
    await expect.poll(() => shownTime(member)).toBe(members);
    await syncAll([member, organiser]);
    await expect.poll(() => shownTime(organiser), { timeout: 10_000 }).toBe(members);
    expect(await anyLostEditsNotice(organiser).count()).toBe(0);
  }, 180_000);
});
