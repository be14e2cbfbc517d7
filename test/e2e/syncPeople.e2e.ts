import path from 'node:path';
import { memberNameFor } from '@shared/people/memberName';
import { sampleMembers, sampleTrip } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';
import { delegationOn, delegationPerTest, syncAll } from './support/delegation';
import { capture } from './support/screenshots';

/**
 * Who syncs the trip, as the sync page shows it (renderer/features/sync/):
 * an invitation stays listed once its code was shown, and can be copied and
 * withdrawn; a member who joined is marked; devices go by the names their
 * owners give them; a member revoked and joined again is one row, the revoked
 * device folded under it. And how soon things travel: an answer from the
 * organiser's screen to a member's, and both devices back to syncing after
 * the server restarts. The organiser's device speaks Korean, each member's
 * another language, every one in a browser profile of its own.
 */
const browser = browserPerFile();
const delegation = delegationPerTest(browser);
const webApp = path.resolve(import.meta.dirname, '../../out/web');

const KANGWON = '강원도 과학기술전문위원';
const JEJU = '제주도 과학기술전문위원';

/** A sample member's name as the app's reader reads it (memberNameFor): 江原道 科学技術専門委員 on a Japanese screen. */
function nameOn(app: App, name: string): string {
  const member = sampleMembers.find((one) => one.name === name);
  if (!member) throw new Error(`${name} is not in the sample trip's roster`);
  return memberNameFor(member, app.language, sampleTrip).name.text;
}

/** The app's origin, which is the sync server's: the page is served by it. */
const originOf = (app: App) => new URL(app.page.url()).origin;

/** A string of the app with its placeholders (dates, say) standing for any text. */
function patternOf(app: App, key: string, placeholders: readonly string[]): RegExp {
  const hole = '\u0000';
  const said = app.t('common', key, Object.fromEntries(placeholders.map((name) => [name, hole])));
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(said.split(hole).map(literal).join('.+'));
}

/** A plural string as i18next picks it in the app's language (Korean and Japanese say `_other` for one too). */
function plural(app: App, key: string, count: number): string {
  return app.t('common', `${key}_${new Intl.PluralRules(app.language).select(count)}`, { count });
}

/** The organiser, after a sync that lists the member's device, revokes it; the member's device is refused from then on. */
async function revokeAfterSync(organiser: App, member: App, memberName: string): Promise<void> {
  await syncAll([organiser]);
  await organiser.sync.devices().locator('.sync-list__row', { hasText: memberName }).waitFor();
  member.expectRefusals();
  await organiser.sync.revoke(memberName);
}

/**
 * The organiser's device list holds one row of the member's in use, and
 * their revoked device folded under it, out of sight until opened.
 */
async function foldedUnderOneRow(organiser: App, memberName: string) {
  const devices = organiser.sync.devices();
  const folded = devices.locator('.sync-list__folded');
  await folded.waitFor();
  const inUse = devices.locator(':scope > ul > li.sync-list__row', { hasText: memberName });
  expect(await inUse.count()).toBe(1);
  expect(await inUse.getByText(organiser.t('common', 'syncSetup.revoked'), { exact: true }).count()).toBe(0);
  const summary = folded.locator('summary');
  expect(await summary.textContent()).toBe(plural(organiser, 'syncSetup.revokedDevices', 1));
  const revokedRow = folded.locator('.sync-list__row');
  expect(await revokedRow.count()).toBe(1);
  expect(await revokedRow.isVisible()).toBe(false);
  return { summary, revokedRow };
}

/** The device's status line says the server cannot be reached. */
const saysOffline = (app: App) =>
  app.sync
    .status()
    .filter({ hasText: app.t('common', 'sync.errors.offline') })
    .waitFor({ timeout: 30_000 });

/** How many ms `work` took. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return Math.round(performance.now() - start);
}

/**
 * Chromium logs each request it could not send while the server was away
 * (refused, or cut off as it closed); that is the browser reporting the
 * network, not the app failing, and the app says it in its own words, which
 * the test looks for.
 */
function forgiveServerAway(app: App): void {
  const away = /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE)$/;
  const kept = app.errors.filter((error) => !away.test(error));
  app.errors.splice(0, app.errors.length, ...kept);
}

describe('who syncs the trip', () => {
  it('an invitation stays listed after its code was shown and copied; withdrawn, its code joins no one', async () => {
    const { organiser } = await delegation();
    await organiser.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: originOf(organiser) });
    const code = await organiser.sync.invite(JEJU);
    const copy = organiser.sync
      .invitation(JEJU)
      .getByRole('button', { name: organiser.t('common', 'syncSetup.copyCodeOf', { name: JEJU }) });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe(organiser.t('common', 'syncSetup.copied'));
    expect(await organiser.page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // Away to the trip's overview and back: the invitation is still listed, open until a date; its code is not.
    await organiser.trip.open();
    await organiser.sync.open();
    const row = organiser.sync.invitation(JEJU);
    const withdraw = row.getByRole('button', { name: organiser.t('common', 'syncSetup.withdraw') });
    await withdraw.waitFor();
    await row.getByRole('button', { name: organiser.t('common', 'syncSetup.newCode') }).waitFor();
    expect(await row.textContent()).toMatch(patternOf(organiser, 'syncSetup.invitedUntil', ['when', 'until']));
    const shownCode = organiser.page.getByLabel(organiser.t('common', 'syncSetup.joinCodeFor', { name: JEJU }), {
      exact: true,
    });
    expect(await shownCode.count()).toBe(0);
    expect(await copy.count()).toBe(0);
    await capture(organiser, 'sync-invitations-kept', { fullPage: true });

    // Withdrawn: the row offers inviting again, and the code no longer joins.
    await withdraw.click();
    await row.getByRole('button', { name: organiser.t('common', 'syncSetup.invite', { name: JEJU }) }).waitFor();
    expect(await withdraw.count()).toBe(0);
    const newcomer = await openApp(browser(), 'ja-JP', `${originOf(organiser)}/`);
    newcomer.expectRefusals();
    await newcomer.sync.join(code);
    await newcomer.page
      .getByRole('alert')
      .filter({ hasText: newcomer.t('common', 'syncSetup.errors.code_invalid') })
      .waitFor();
  }, 120_000);

  it('a member who joined is marked so, and their device goes by the name they give it', async () => {
    const { organiser, join } = await delegation();
    const member = await join(KANGWON, 'ja-JP');
    await syncAll([organiser]);
    await organiser.sync
      .invitation(KANGWON)
      .getByText(organiser.t('common', 'syncSetup.memberJoined'), { exact: true })
      .waitFor();

    // The member's own list: this device alone, named after the browser until they rename it.
    await member.sync.open();
    const mine = member.sync.devices('myDevices');
    await mine.getByRole('heading', { name: member.t('common', 'syncSetup.myDevices') }).waitFor();
    const rows = mine.locator('.sync-list__row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await rows.getByText(member.t('common', 'syncSetup.thisDevice'), { exact: true }).waitFor();
    const label = (await rows.locator('.sync-list__name').textContent()) ?? '';
    // Named as the member reads their own name: the one for the hosts, on a Japanese screen.
    const mineName = nameOn(member, KANGWON);
    expect(label).toBe(member.t('common', 'syncSetup.deviceOf', { name: mineName, device: 'Chrome · Linux' }));
    await member.sync.renameDevice(label, '事務所のノートPC');
    const renamed = member.t('common', 'syncSetup.deviceOf', { name: mineName, device: '事務所のノートPC' });
    await expect.poll(() => rows.locator('.sync-list__name').textContent()).toBe(renamed);
    await capture(member, 'sync-my-devices', { fullPage: true });

    // The organiser's list names it so after their next sync.
    await syncAll([organiser]);
    const theirs = organiser.sync.devices().locator('.sync-list__name');
    await theirs
      .getByText(organiser.t('common', 'syncSetup.deviceOf', { name: KANGWON, device: '事務所のノートPC' }), {
        exact: true,
      })
      .waitFor();
  }, 120_000);

  it('a member revoked and joined again on another device is one row, the revoked device folded under it', async () => {
    const { organiser, join } = await delegation();
    const lost = await join(KANGWON, 'ja-JP');
    await revokeAfterSync(organiser, lost, KANGWON);

    // The member joins again on another device, with a new code.
    const code = await organiser.sync.newCode(KANGWON);
    const member = await openApp(browser(), 'ja-JP', `${originOf(organiser)}/`);
    await member.sync.join(code);
    await member.trip.waitUntilLoaded();
    await syncAll([member, organiser]);

    const { summary, revokedRow } = await foldedUnderOneRow(organiser, KANGWON);
    await capture(organiser, 'sync-devices-rejoined', { fullPage: true });
    await summary.click();
    await revokedRow.getByText(organiser.t('common', 'syncSetup.revoked'), { exact: true }).waitFor();
    expect(await revokedRow.textContent()).toContain(KANGWON);
    await capture(organiser, 'sync-devices-rejoined-open', { fullPage: true });
  }, 150_000);

  it('a member revoked stops syncing and joins again on the same device, which then syncs', async () => {
    const { organiser, join } = await delegation();
    const member = await join(KANGWON, 'ja-JP');
    await revokeAfterSync(organiser, member, KANGWON);

    // Told at once, the member stops syncing, as the sync page advises, and joins again with a new code.
    await member.sync.open();
    await member.page.getByText(member.t('common', 'syncSetup.revokedHere', { server: originOf(member) })).waitFor();
    await member.sync.stopSyncing();
    const code = await organiser.sync.newCode(KANGWON);
    await member.sync.joinAgain(code);
    // The trip opens once it came down; the join page says why if it does not.
    const joinRefused = member.page.getByRole('alert');
    await member.trip.title().or(joinRefused).first().waitFor();
    expect(await joinRefused.allTextContents()).toEqual([]);
    await member.trip.waitUntilLoaded();
    await member.sync.waitUntilSynced();

    await syncAll([organiser]);
    await foldedUnderOneRow(organiser, KANGWON);
  }, 150_000);

  it('latency: an answer from screen to screen, and both devices back to syncing after the server restarts', async () => {
    const storage = await openPglite();
    let server: TestServer | null = await startServer(storage, { webApp });
    try {
      const { organiser, join } = await delegationOn(browser(), server);
      const member = await join(KANGWON, 'ja-JP');
      await member.itinerary.open();
      await member.notes.openFromItinerary('福岡県庁');
      await organiser.itinerary.open();
      await organiser.notes.openFromItinerary('후쿠오카현청');

      // Each answer the organiser types, timed from its last keystroke to the member's screen.
      for (const number of [1, 2, 3]) {
        const text = `현청 담당 부서 확인 (주최자, 질문 ${number})`;
        const shown = member.page
          .locator('.question-card')
          .nth(number - 1)
          .locator('.answer__text', { hasText: text });
        await organiser.notes.myAnswer(number).fill(text);
        const ms = await timed(() => shown.waitFor({ timeout: 20_000 }));
        console.info(`change to screen: ${ms} ms`);
        expect(ms).toBeLessThan(10_000);
      }
      await syncAll([organiser, member]);

      // The server's listener closes; both devices say they cannot reach it; it starts again over the same storage.
      const port = Number(new URL(server.url).port);
      await server.close();
      server = null;
      await Promise.all([saysOffline(organiser), saysOffline(member)]);
      const restartedAt = performance.now();
      server = await startServer(storage, { webApp }, port);
      const back = async (app: App, who: string) => {
        await app.sync.waitUntilSynced();
        const ms = Math.round(performance.now() - restartedAt);
        console.info(`server back to syncing (${who}): ${ms} ms`);
        expect(ms).toBeLessThan(15_000);
        expect(await app.sync.status().textContent()).not.toContain(app.t('common', 'sync.errors.offline'));
      };
      await Promise.all([back(organiser, 'organiser'), back(member, 'member')]);
      for (const app of [organiser, member]) forgiveServerAway(app);
    } finally {
      await server?.close();
      await storage.close();
    }
  }, 180_000);
});
