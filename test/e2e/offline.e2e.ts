import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();

describe('offline', () => {
  it('works with no network at all, and what was done offline is there afterwards', async () => {
    const app = await openApp(browser(), 'ja-JP');
    // Every screen is fetched in the background right after the first one; then the network can go.
    // (An e2e build's hook, testHooks.ts, answers that loading; null until the app begins it.)
    type Hooks = { fieldbookTest: { screensPreloading(): Promise<unknown> | null } };
    await app.page.waitForFunction(() => (window as unknown as Hooks).fieldbookTest.screensPreloading() !== null);
    await app.page.evaluate(async () => {
      await (window as unknown as Hooks).fieldbookTest.screensPreloading();
    });
    const requests: string[] = [];
    app.page.on('request', (request) => requests.push(request.url()));
    await app.page.context().setOffline(true);

    await app.tripList.startNewTrip('JP', 'KR');
    await app.tripForm.fill({ titleJa: '神奈川視察', startDate: '2026-05-11', endDate: '2026-05-13' });
    await app.tripForm.create();
    await app.trip.title().waitFor();
    await app.trip.startAddingMember();
    await app.memberForm.add({ name: '佐藤一郎', nameForHosts: 'サトウ イチロウ', role: 'organiser' });
    await expect.poll(() => app.trip.roster()).toEqual([['佐藤一郎', 'サトウ イチロウ', '', '主催']]);
    await app.page.getByRole('link', { name: '視察一覧' }).first().click();
    await expect.poll(() => app.tripList.titles()).toEqual(['神奈川視察']);

    // Nothing was fetched while offline: the app needs no network.
    expect(requests).toEqual([]);

    await app.page.context().setOffline(false);
    await app.reload();
    await expect.poll(() => app.tripList.titles()).toEqual(['神奈川視察']);
  });
});
