import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile } from './support/browser';
import { delegationPerTest, syncAll } from './support/delegation';
import { capture } from './support/screenshots';

/**
 * Roles (shared/sync/permissions.ts) as the delegation meets them, each
 * member in a browser profile of their own, syncing through a real server
 * on loopback: a member's device offers what a member may change and no
 * more, an interpreter's only translations, and a co-organiser made a member
 * while offline sees the change they made meanwhile refused, undone and kept.
 */
const browser = browserPerFile();
const delegation = delegationPerTest(browser);

/** The fields in `container` a user could type or choose in. */
function enabledFields(container: Locator) {
  return container.locator('input:enabled, textarea:enabled, select:enabled');
}

describe('roles', () => {
  it('a member’s device offers their own answers and notes, not the itinerary nor another’s notes', async () => {
    const { organiser, join } = await delegation();
    // The organiser notes a question of their own at Kumamoto.
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('구마모토현청');
    await organiser.notes.show('qa');
    await organiser.notes.composerQuestion().fill('현의 과학기술 담당 부서는 어디인가? (주최자)');
    await organiser.page.keyboard.press('Control+Enter');
    await organiser.notes.qaNotes().filter({ hasText: '(주최자)' }).waitFor();
    await syncAll([organiser]);

    const member = await join('강원도 과학기술전문위원', 'ko-KR');
    const organisersOnly = member.t('common', 'roles.organisers_only');

    // The itinerary: to read, not to plan.
    await member.itinerary.open();
    await member.page.getByText(organisersOnly).waitFor();
    // Neither the page's Add nor any day's.
    expect(await member.page.getByRole('link', { name: member.t('itinerary', 'page.add') }).count()).toBe(0);
    expect(await member.page.getByRole('button', { name: member.t('itinerary', 'page.undo') }).count()).toBe(0);
    expect(await member.itinerary.row('구마모토현청').getByRole('button').count()).toBe(0);
    expect(await member.page.locator('.itinerary-row .icon-button, .drag-handle').count()).toBe(0);
    await capture(member, 'roles-member-itinerary', { fullPage: true });

    // The visit's page: the form shown, every field disabled, and why; no Delete.
    await member.itinerary.openItem('구마모토현청');
    await member.page.getByText(organisersOnly).waitFor();
    expect(await member.item.field('form.startTime').isDisabled()).toBe(true);
    expect(await enabledFields(member.item.form()).count()).toBe(0);
    expect(
      await member.item
        .form()
        .getByRole('button', { name: member.t('itinerary', 'form.save') })
        .isDisabled(),
    ).toBe(true);
    expect(await member.item.deleteButton().count()).toBe(0);
    await capture(member, 'roles-member-item', { fullPage: true });

    // Fukuoka's checklist: their own answer to write, the others' answers to read.
    await member.item.backToItinerary();
    await member.notes.openFromItinerary('후쿠오카현청');
    // The device is bound to its member: it says who writes, and offers no one else.
    expect(await member.page.locator('.member-picker').textContent()).toContain('강원도 과학기술전문위원');
    expect(await member.page.getByRole('combobox', { name: member.t('notes', 'page.writingAs') }).count()).toBe(0);
    const cards = member.page.locator('.question-card');
    await cards.first().waitFor();
    const answerFields = member.page.getByLabel(member.t('notes', 'checklist.yourAnswer'));
    expect(await answerFields.count()).toBe(await cards.count());
    expect(await member.notes.myAnswer(1).isEnabled()).toBe(true);
    const others = member.page.locator('.question-card__others');
    await expect.poll(() => others.locator('.answer__text').count()).toBeGreaterThan(0);
    expect(await enabledFields(others).count()).toBe(0);
    await member.notes.myAnswer(1).fill('강원도도 중앙 자금 활용을 검토 (강원)');
    await member.notes.waitUntilSaved();
    await capture(member, 'roles-member-checklist', { fullPage: true });

    // Kumamoto's Q&A: the organiser's note to read; the member's own to edit or delete.
    await member.itinerary.open();
    await member.notes.openFromItinerary('구마모토현청');
    await member.notes.show('qa');
    await member.notes.composerQuestion().fill('연구개발 예산은 따로 있는가? (강원)');
    await member.page.keyboard.press('Control+Enter');
    const theirs = member.notes.qaNotes().filter({ hasText: '(주최자)' });
    const mine = member.notes.qaNotes().filter({ hasText: '(강원)' });
    await mine.waitFor();
    await theirs.waitFor();
    for (const action of ['qa.edit', 'qa.delete']) {
      const name = member.t('notes', action);
      expect(await theirs.getByRole('button', { name, exact: true }).count()).toBe(0);
      expect(await mine.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await capture(member, 'roles-member-qa', { fullPage: true });

    // What the member wrote is theirs to write: the server takes all of it, the organiser reads it.
    await syncAll([member, organiser]);
    expect(await member.page.getByRole('alert').count()).toBe(0);
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('구마모토현청');
    await organiser.notes.show('qa');
    await organiser.notes.qaNotes().filter({ hasText: '(강원)' }).waitFor();
  }, 180_000);

  it('an interpreter’s device offers translations only, and a translation typed there reaches the organiser', async () => {
    const { organiser, join } = await delegation();
    const interpreter = await join('통역', 'ja-JP');
    const translationsOnly = interpreter.t('common', 'roles.translations_only');

    // Fukuoka's notes: the originals shown, not offered, and why.
    await interpreter.itinerary.open();
    await interpreter.notes.openFromItinerary('福岡県庁');
    await interpreter.notes.myAnswer(1).waitFor();
    expect(await interpreter.notes.myAnswer(1).isDisabled()).toBe(true);
    await interpreter.page.getByText(translationsOnly).first().waitFor();
    await capture(interpreter, 'roles-interpreter-checklist', { fullPage: true });

    await interpreter.notes.show('minutes');
    await interpreter.notes.field('minutes.discussion').waitFor();
    expect(await interpreter.notes.field('minutes.discussion').isDisabled()).toBe(true);
    expect(await interpreter.notes.field('minutes.decisions').isDisabled()).toBe(true);
    expect(await enabledFields(interpreter.page.locator('.minutes')).count()).toBe(0);
    await interpreter.page.getByText(translationsOnly).waitFor();
    await capture(interpreter, 'roles-interpreter-minutes', { fullPage: true });

    await interpreter.notes.show('qa');
    await interpreter.notes.qaNotes().first().waitFor();
    await interpreter.page.getByText(translationsOnly).waitFor();
    expect(await interpreter.page.getByRole('form', { name: interpreter.t('notes', 'qa.new') }).count()).toBe(0);
    expect(
      await interpreter.notes
        .qaNotes()
        .getByRole('button', { name: interpreter.t('notes', 'qa.edit'), exact: true })
        .count(),
    ).toBe(0);

    // The translation screen: the minutes' and the answers' translations are theirs to write.
    await interpreter.translation.open();
    const japanese = interpreter.t('common', 'languages.ja');
    const discussion = interpreter.translation.text(
      interpreter.t('translation', 'kind.discussion'),
      '지자체의 과학기술 역할',
    );
    const answer = interpreter.translation.text(
      interpreter.t('translation', 'kind.answer', { number: 1, member: '서울특별시 과학기술전문위원' }),
      '중앙과 지방의 관계가',
    );
    const discussionInJapanese = interpreter.translation.translationField(discussion, japanese);
    expect(await discussionInJapanese.isEnabled()).toBe(true);
    expect(await interpreter.translation.translationField(answer, japanese).isEnabled()).toBe(true);
    const translated = '- 自治体の科学技術の役割：地域産業の振興、雇用の確保、実用化の促進';
    await discussionInJapanese.fill(translated);
    await interpreter.translation.waitUntilSaved();
    await discussion.scrollIntoViewIfNeeded();
    await capture(interpreter, 'roles-interpreter-translation');

    await syncAll([interpreter, organiser]);
    expect(await interpreter.page.getByRole('alert').count()).toBe(0);
    await organiser.translation.open();
    const received = organiser.translation.translationField(
      organiser.translation.text(organiser.t('translation', 'kind.discussion'), '지자체의 과학기술 역할'),
      organiser.t('common', 'languages.ja'),
    );
    await expect.poll(() => received.inputValue()).toBe(translated);
  }, 180_000);

  it('a co-organiser made a member while offline: the itinerary change made meanwhile is refused, undone and kept', async () => {
    const { organiser, join } = await delegation();
    // The delegation's leader, an organiser on the roster too, on a device that speaks English,
    // where the visit shows under its English name.
    const coOrganiser = await join('STEPI 연수단장', 'en-US');
    const kumamoto = { ko: '구마모토현청', en: 'Kumamoto Prefectural Government' };

    // A co-organiser sees who joined, but join codes are made on the devices of the member who published the
    // trip: every device trusts only the devices that member lets in.
    await coOrganiser.sync.open();
    const publisher = coOrganiser.t('common', 'syncSetup.invitesByPublisher', { name: 'STEPI 연구원' });
    await coOrganiser.page.getByText(publisher, { exact: true }).waitFor();
    const invite = coOrganiser.t('common', 'syncSetup.invite', { name: '강원도 과학기술전문위원' });
    expect(await coOrganiser.page.getByRole('button', { name: invite }).count()).toBe(0);
    await capture(coOrganiser, 'roles-co-organiser-invitations');

    // Offline, the co-organiser moves the Kumamoto visit to 10:30, as an organiser may.
    await coOrganiser.itinerary.open();
    expect(await coOrganiser.itinerary.timeOf(kumamoto.en)).toMatch(/^10:00 AM/);
    await coOrganiser.page.context().setOffline(true);
    await coOrganiser.itinerary.openItem(kumamoto.en);
    await coOrganiser.item.field('form.startTime').fill('10:30');
    await coOrganiser.item.save();
    await expect.poll(() => coOrganiser.itinerary.timeOf(kumamoto.en)).toMatch(/^10:30 AM/);

    // Meanwhile, online, the organiser makes them a plain member.
    await organiser.trip.open();
    await organiser.trip.editMember('STEPI 연수단장');
    await organiser.memberForm.chooseRole('member');
    await organiser.memberForm.save();
    await organiser.trip.waitUntilLoaded();
    await syncAll([organiser]);

    // Back online, the co-organiser's change is refused: undone here, and said in words.
    await coOrganiser.page.context().setOffline(false);
    await syncAll([coOrganiser]);
    const organisersOnly = coOrganiser.t('common', 'roles.organisers_only');
    const notice = coOrganiser.page.getByRole('alert');
    await notice.waitFor();
    // The form's save sent the leaves it changed (the time, and some the sample item lacked), each refused.
    const said = (await notice.locator('p').textContent()) ?? '';
    const refusedCount = Number(/\d+/.exec(said)?.[0]);
    expect(said).toBe(
      coOrganiser.t('common', refusedCount === 1 ? 'roles.refused_one' : 'roles.refused_other', {
        count: refusedCount,
        reasons: organisersOnly,
      }),
    );
    await expect.poll(() => coOrganiser.itinerary.timeOf(kumamoto.en)).toMatch(/^10:00 AM/);
    // Now a member, they are no longer offered planning.
    await coOrganiser.page.getByText(organisersOnly, { exact: true }).waitFor();
    expect(await coOrganiser.page.getByRole('link', { name: coOrganiser.t('itinerary', 'page.add') }).count()).toBe(0);
    await capture(coOrganiser, 'roles-refused-itinerary', { fullPage: true });

    // The item's history keeps the refused time, marked as refused by the sync server, and why.
    await coOrganiser.itinerary.openItem(kumamoto.en);
    const history = await coOrganiser.item.openHistory(kumamoto.en);
    const refused = history.locator('.change-history__write', {
      has: coOrganiser.page.getByText(coOrganiser.t('history', 'refused'), { exact: true }),
    });
    await expect.poll(() => refused.count()).toBe(refusedCount);
    const refusedTime = refused.filter({
      hasText: `${coOrganiser.t('history', 'fields.itineraryItems.startTime')}: 10:30`,
    });
    expect(await refusedTime.count()).toBe(1);
    expect(await refusedTime.textContent()).toContain(coOrganiser.t('history', 'refusedHelp', { why: organisersOnly }));
    expect(await refusedTime.textContent()).toContain(`${coOrganiser.t('history', 'keptInstead')} 10:00`);
    // A member may not write the time back: the history does not offer it.
    expect(await refusedTime.getByRole('button', { name: coOrganiser.t('history', 'restore') }).count()).toBe(0);
    await capture(coOrganiser, 'roles-refused-history');
    await history.getByRole('button', { name: coOrganiser.t('history', 'close') }).click();

    // Read, the notice goes.
    await coOrganiser.item.backToItinerary();
    await notice.getByRole('button', { name: coOrganiser.t('common', 'roles.dismiss') }).click();
    await expect.poll(() => notice.count()).toBe(0);

    // The organiser's device never had 10:30: not in the itinerary, not in the item's history.
    await syncAll([organiser]);
    await organiser.itinerary.open();
    expect(await organiser.itinerary.timeOf(kumamoto.ko)).toMatch(/^오전 10:00/);
    await organiser.itinerary.openItem(kumamoto.ko);
    expect(await organiser.item.field('form.startTime').inputValue()).toBe('10:00');
    const organisersHistory = await organiser.item.openHistory(kumamoto.ko);
    await organisersHistory.locator('.change-history__write').first().waitFor();
    expect(await organisersHistory.textContent()).not.toContain('10:30');
  }, 180_000);
});
