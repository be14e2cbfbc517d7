import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { browserPerFile } from './support/browser';
import { anyLostEditsNotice, delegationPerTest, syncAll } from './support/delegation';
import { capture } from './support/screenshots';

/**
 * An edit that lost (docs/sync-protocol.md, section 3.2), as its writer meets
 * it: two members, each in a browser profile of their own, change the same
 * value leaf of the same minutes (a follow-up's text: the minutes' follow-ups
 * are one leaf) while both are offline; the later change wins on every
 * device, and the device whose change lost says so, in its own language,
 * until its user has read it.
 */
const browser = browserPerFile();
const delegation = delegationPerTest(browser);

/** The text of the minutes' first follow-up. */
const firstFollowUp = (app: App) =>
  app.page.getByLabel(app.t('notes', 'minutes.followUpText', { n: 1 }), { exact: true });

/** Opens a visit's minutes from the itinerary, by the visit's name in the app's language. */
async function openMinutes(app: App, visitName: string) {
  await app.itinerary.open();
  await app.notes.openFromItinerary(visitName);
  await app.notes.show('minutes');
  await firstFollowUp(app).waitFor();
}

/** Rewrites the first follow-up and leaves the field, until the screen says it is saved. */
async function rewriteFirstFollowUp(app: App, text: string) {
  await firstFollowUp(app).fill(text);
  await firstFollowUp(app).blur();
  await app.notes.waitUntilSaved();
}

/** The notice that edits made on this device lost, with the count it says. */
function lostEditsNotice(app: App, count: number) {
  return app.page.getByRole('alert').filter({ hasText: app.t('common', 'sync.lostEdits', { count }) });
}

describe('lost edits', () => {
  it('the member whose follow-up lost to the organiser’s, written at the same time, is told once, in Japanese', async () => {
    const { organiser, join } = await delegation();
    const member = await join('강원도 과학기술전문위원', 'ja-JP');
    await syncAll([organiser, member]);
    await openMinutes(member, '福岡県庁');
    await openMinutes(organiser, '후쿠오카현청');
    const sample = '후쿠오카현 과학의 달 행사 자료 요청';
    expect(await firstFollowUp(member).inputValue()).toBe(sample);
    expect(await firstFollowUp(organiser).inputValue()).toBe(sample);

    // Both offline, each rewrites the follow-up without having seen the other's: the member first.
    for (const app of [member, organiser]) await app.page.context().setOffline(true);
    const members = '福岡県の「科学の月」行事の資料を依頼する（江原）';
    const organisers = '후쿠오카현 과학의 달 행사 자료와 예산 요청 (주최자)';
    await rewriteFirstFollowUp(member, members);
    await rewriteFirstFollowUp(organiser, organisers);

    // The earlier writer syncs first, then the later one, then both again.
    await member.page.context().setOffline(false);
    await syncAll([member]);
    await organiser.page.context().setOffline(false);
    await syncAll([organiser]);
    await syncAll([member, organiser]);

    // The later change holds the follow-up on both devices.
    await expect.poll(() => firstFollowUp(organiser).inputValue()).toBe(organisers);
    await expect.poll(() => firstFollowUp(member).inputValue()).toBe(organisers);

    // The member's device says, in Japanese, that one of its edits lost; the organiser's, whose won, says nothing.
    const notice = lostEditsNotice(member, 1);
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(member.t('common', 'sync.lostEdits', { count: 1 }));
    expect(await anyLostEditsNotice(organiser).count()).toBe(0);

    // Not read yet, it is still there after a reload, under the trip's navigation.
    await member.reload();
    await notice.waitFor();
    await member.page.getByRole('navigation', { name: member.t('common', 'tripNav.label') }).waitFor();
    await firstFollowUp(member).waitFor();
    await capture(member, 'lost-edits-notice');

    // Read, it goes, and stays gone after a reload.
    await notice.getByRole('button', { name: member.t('common', 'roles.dismiss') }).click();
    await expect.poll(() => anyLostEditsNotice(member).count()).toBe(0);
    await member.reload();
    await expect.poll(() => firstFollowUp(member).inputValue()).toBe(organisers);
    await syncAll([member]);
    expect(await anyLostEditsNotice(member).count()).toBe(0);

    // The minutes' history shows the member's follow-up that lost, where the notice said, and restores it for everyone.
    await member.page
      .getByRole('button', {
        name: `${member.t('notes', 'history.title')}: ${member.t('notes', 'page.sections.minutes')}`,
      })
      .click();
    const history = member.page.getByRole('dialog');
    const lost = history.locator('.concurrent-texts .history__version', { hasText: '강원도 과학기술전문위원' });
    await expect.poll(() => lost.count()).toBe(1);
    // Shown against the follow-ups as they are: what the member wrote is the text with the removed parts left out.
    const shown = await lost.locator('.history__text > :not(del)').allTextContents();
    expect(shown.join('')).toContain(members);
    await lost.getByRole('button', { name: member.t('history', 'restore') }).click();
    await expect.poll(() => history.count()).toBe(0);
    await expect.poll(() => firstFollowUp(member).inputValue()).toBe(members);
    await syncAll([member, organiser]);
    await expect.poll(() => firstFollowUp(organiser).inputValue()).toBe(members);
    expect(await anyLostEditsNotice(organiser).count()).toBe(0);
  }, 180_000);
});
