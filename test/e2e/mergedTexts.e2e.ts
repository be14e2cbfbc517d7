import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import type { App } from './pages/App';
import { browserPerFile, openApp, openSecondWindow } from './support/browser';

/**
 * Texts several members write at once merge (docs/sync-protocol.md, section
 * 3.4): three members, each in a browser profile of their own, write the
 * same minutes offline, and after syncing every one of them reads all three
 * texts; two windows of one member's app typing into the same minutes at
 * once keep both texts.
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

const discussion = (app: App) => app.notes.field('minutes.discussion');

/** Types at the end of the minutes' discussion, as a member adds a line. */
async function typeAtEnd(app: App, text: string) {
  const field = discussion(app);
  await field.click();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.type(text);
}

async function openFukuokaMinutes(app: App) {
  await app.itinerary.open();
  await app.notes.openFromItinerary('후쿠오카현청');
  await app.notes.show('minutes');
  await discussion(app).waitFor();
}

async function syncAll(apps: readonly App[]) {
  for (const app of apps) {
    await app.sync.syncNow();
    await app.sync.waitUntilSynced();
  }
}

describe('minutes written together', () => {
  it('three members write the same minutes offline; after syncing, each reads all three texts', async () => {
    const organiser = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await organiser.tripList.loadSampleTrip();
    await organiser.trip.waitUntilLoaded();
    await organiser.sync.open();
    await organiser.sync.publish(server.url, await server.setupCode());
    await organiser.sync.waitUntilSynced();
    const members = [];
    for (const name of ['강원도 과학기술전문위원', '제주도 과학기술전문위원']) {
      const joinCode = await organiser.sync.invite(name);
      const member = await openApp(browser(), 'ko-KR', `${server.url}/`);
      await member.sync.join(joinCode);
      await member.trip.waitUntilLoaded();
      members.push(member);
    }
    const everyone = [organiser, ...members];
    const lines = [
      '\n- 주최: 지사는 과학의 달 행사를 설명.',
      '\n- 강원: 현 예산의 1/4~1/5가 과학기술.',
      '\n- 제주: 九州大学との共同研究を紹介。',
    ];
    for (const app of everyone) await openFukuokaMinutes(app);
    for (const [index, app] of everyone.entries()) {
      await app.page.context().setOffline(true);
      await typeAtEnd(app, lines[index] ?? '');
      await app.notes.waitUntilSaved();
    }
    for (const app of everyone) await app.page.context().setOffline(false);
    await syncAll(everyone);
    await syncAll(everyone);

    // Each device also syncs on its own as the others' changes reach the server: give what is under way time to land.
    for (const app of everyone) {
      for (const line of lines)
        await expect.poll(() => discussion(app).inputValue(), { timeout: 15_000 }).toContain(line.trim());
    }
    const texts = () => Promise.all(everyone.map((app) => discussion(app).inputValue()));
    await expect.poll(async () => new Set(await texts()).size, { timeout: 15_000 }).toBe(1);
  }, 180_000);

  it('two windows of one member’s app typing into the same minutes at once keep both texts', async () => {
    const first = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await first.tripList.loadSampleTrip();
    await first.trip.waitUntilLoaded();
    await openFukuokaMinutes(first);
    const second = await openSecondWindow(first);
    await discussion(second).waitFor();
    await Promise.all([typeAtEnd(first, '\n- 첫 창에서 쓴 줄'), typeAtEnd(second, '\n- 둘째 창에서 쓴 줄')]);
    for (const app of [first, second]) await app.notes.waitUntilSaved();
    for (const app of [first, second]) {
      await expect.poll(() => discussion(app).inputValue()).toContain('- 첫 창에서 쓴 줄');
      await expect.poll(() => discussion(app).inputValue()).toContain('- 둘째 창에서 쓴 줄');
    }
  }, 120_000);
});
