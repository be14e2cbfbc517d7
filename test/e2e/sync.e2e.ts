import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import type { App } from './pages/App';
import { AttachmentCard } from './pages/AttachmentCard';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

/**
 * Two members, each in a browser profile of their own (two devices), with
 * the web app served by the delegation's sync server on loopback: the
 * organiser publishes the sample trip and invites a member, who joins; both
 * write answers while apart (the member offline); back online, each sees
 * the other's answers and the coverage matrix counts both.
 */
const browser = browserPerFile();
let server: TestServer;

beforeAll(async () => {
  const webApp = path.resolve(import.meta.dirname, '../../out/web');
  server = await startServer(await openPglite(), { webApp });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await server?.storage.close();
});

const fukuokaCell = (app: App) => app.page.getByRole('link', { name: /후쿠오카현청, 1: 17명 중 \d+명 답변/ });

async function openCoverage(app: App) {
  await app.page
    .getByRole('navigation', { name: app.t('common', 'tripNav.label') })
    .getByRole('link', { name: app.t('common', 'tripNav.coverage') })
    .click();
  return fukuokaCell(app);
}

describe('two members syncing through the delegation’s server', () => {
  it('publish, invite, join; both write while apart; both see both answers', async () => {
    const organiser = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await organiser.tripList.loadSampleTrip();
    await organiser.trip.waitUntilLoaded();
    await organiser.sync.open();
    await organiser.sync.publish(server.url, await server.setupCode());
    await organiser.sync.waitUntilSynced();
    const joinCode = await organiser.sync.invite('강원도 과학기술전문위원');
    expect(joinCode).toMatch(/^fb1:127\.0\.0\.1:\d+:http:[0-9A-Z]{4}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await capture(organiser, 'sync-invitations', { fullPage: true });

    const member = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await member.sync.join(joinCode);
    await member.trip.waitUntilLoaded();
    await member.itinerary.open();
    await member.notes.openFromItinerary('후쿠오카현청');
    // A member's own device writes as them, and offers no one else.
    expect(await member.page.locator('.member-picker').textContent()).toContain('강원도 과학기술전문위원');

    // Apart: the member offline, the organiser online, both answer the first question at Fukuoka.
    await member.page.context().setOffline(true);
    await member.notes.myAnswer(1).fill('현 예산과 국비 매칭 (강원도)');
    await member.notes.waitUntilSaved();
    await member.sync.syncNow();
    await member.sync
      .status()
      .filter({ hasText: member.t('common', 'sync.errors.offline') })
      .waitFor();
    await capture(member, 'sync-offline', { fullPage: true });

    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    await organiser.notes.myAnswer(1).fill('현청 과학기술진흥과가 담당 (주최자)');
    await organiser.notes.waitUntilSaved();
    await organiser.sync.syncNow();
    await organiser.sync.waitUntilSynced();

    await member.page.context().setOffline(false);
    await member.sync.syncNow();
    await member.sync.waitUntilSynced();
    await organiser.sync.syncNow();
    await organiser.sync.waitUntilSynced();

    for (const app of [member, organiser]) {
      const others = app.page.locator('.question-card').first().locator('.answer__text');
      await expect
        .poll(() => others.allTextContents())
        .toEqual(
          expect.arrayContaining([
            app === member ? '현청 과학기술진흥과가 담당 (주최자)' : '현 예산과 국비 매칭 (강원도)',
          ]),
        );
      const cell = await openCoverage(app);
      await expect
        .poll(() => cell.getAttribute('aria-label').then((label) => label ?? cell.textContent()))
        .toMatch(/17명 중 3명 답변/);
    }

    // The organiser sees the member's device by the name it was given, and revokes it; the member is told.
    await organiser.sync.open();
    await organiser.page.locator('.sync-list__row', { hasText: 'Chrome · Linux' }).first().waitFor();
    // The member's device, waiting for changes, hears of it at once: no "Sync now", no minute's sync.
    member.expectRefusals();
    const revokedAt = performance.now();
    await organiser.sync.revoke('강원도 과학기술전문위원');
    await capture(organiser, 'sync-devices', { fullPage: true });
    await member.sync
      .status()
      .filter({ hasText: member.t('common', 'sync.errors.revoked') })
      .waitFor({ timeout: 10_000 });
    console.info(`A revoked member was told in ${Math.round(performance.now() - revokedAt)} ms.`);
  }, 120_000);

  it('a photo attached on one profile opens on another, and a large handout comes when asked for', async () => {
    // A server of its own: the sample trip is published once per server.
    const webApp = path.resolve(import.meta.dirname, '../../out/web');
    const own = await startServer(await openPglite(), { webApp });
    try {
      const organiser = await openApp(browser(), 'ko-KR', `${own.url}/`);
      await organiser.tripList.loadSampleTrip();
      await organiser.trip.waitUntilLoaded();
      await organiser.sync.open();
      await organiser.sync.publish(own.url, await own.setupCode());
      await organiser.sync.waitUntilSynced();
      const joinCode = await organiser.sync.invite('강원도 과학기술전문위원');

      await organiser.itinerary.open();
      await organiser.notes.openFromItinerary('후쿠오카현청');
      await organiser.notes.show('files');
      const photo = await readFile(path.resolve(import.meta.dirname, '../../assets/icon.png'));
      // 2.8 MB: more than a sync brings down unasked.
      const handout = Buffer.from('福岡県 科学技術振興課 説明資料。'.repeat(60_000));
      await organiser.notes.attach([
        { name: '명함.png', mimeType: 'image/png', buffer: photo },
        { name: '福岡県 説明資料.txt', mimeType: 'text/plain', buffer: handout },
      ]);
      await organiser.sync.syncNow();
      await organiser.sync.waitUntilSynced();

      const member = await openApp(browser(), 'ko-KR', `${own.url}/`);
      await member.sync.join(joinCode);
      await member.trip.waitUntilLoaded();
      await member.itinerary.open();
      await member.notes.openFromItinerary('후쿠오카현청');
      await member.notes.show('files');

      // The photo came with the sync that brought the trip; it opens in the viewer, and its copy is the same bytes.
      const card = AttachmentCard.named(member, '명함.png');
      await card.name().waitFor();
      const shown = await card.view();
      await expect.poll(() => shown.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
      await member.page.keyboard.press('Escape');
      const download = await card.saveCopy();
      expect(await readFile((await download.path()) ?? '')).toEqual(photo);

      // The handout waits on the server until it is asked for.
      const slides = AttachmentCard.named(member, '福岡県 説明資料.txt');
      await slides.notDownloaded().waitFor();
      await capture(member, 'files-not-downloaded', { fullPage: true });
      await member.notes.downloadAllFiles();
      await expect.poll(() => slides.notDownloaded().count()).toBe(0);
      const copy = await slides.saveCopy();
      expect((await readFile((await copy.path()) ?? '')).equals(handout)).toBe(true);
    } finally {
      await own.close();
      await own.storage.close();
    }
  }, 180_000);
});
