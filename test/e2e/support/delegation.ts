import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach } from 'vitest';
import { openPglite } from '../../../server/storage/pglite';
import { startServer, type TestServer } from '../../../server/test/harness';
import type { App } from '../pages/App';
import { openApp } from './browser';

/** The web app as built for the end-to-end tests, served by the sync server on its own origin. */
const webApp = path.resolve(import.meta.dirname, '../../../out/web');

/**
 * For a test file: `delegation()` starts a sync server of the test's own
 * (PGlite, serving the web app) and publishes the sample trip to it
 * (delegationOn); every server is closed after its test.
 */
export function delegationPerTest(browser: () => Browser) {
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      await server.close();
      await server.storage.close();
    }
  });
  return async () => {
    const server = await startServer(await openPglite(), { webApp });
    servers.push(server);
    return delegationOn(browser(), server);
  };
}

/**
 * The organiser (in Korean; the roster's first organiser as the publish form
 * lists them, STEPI 연구원) publishes the sample trip to `server` (the
 * sample is published once per server); `join` invites a member of the
 * roster and opens their device, joined, in the browser language `locale`.
 */
export async function delegationOn(browser: Browser, server: TestServer) {
  const organiser = await openApp(browser, 'ko-KR', `${server.url}/`);
  await organiser.tripList.loadSampleTrip();
  await organiser.trip.waitUntilLoaded();
  await organiser.sync.open();
  await organiser.sync.publish(server.url, await server.setupCode());
  await organiser.sync.waitUntilSynced();
  const join = async (name: string, locale: string) => {
    await organiser.sync.open();
    const joinCode = await organiser.sync.invite(name);
    const device = await openApp(browser, locale, `${server.url}/`);
    await device.sync.join(joinCode);
    await device.trip.waitUntilLoaded();
    return device;
  };
  return { organiser, join };
}

/** Each device syncs in turn, as its member would press "Sync now", until it says it is done. */
export async function syncAll(apps: readonly App[]) {
  for (const app of apps) {
    await app.sync.syncNow();
    await app.sync.waitUntilSynced();
  }
}

/** The notice that edits made on this device lost (LostEditsNotice), whatever its count. */
export function anyLostEditsNotice(app: App) {
  const [before = ''] = app.t('common', 'sync.lostEdits').split('{{count}}');
  return app.page.getByRole('alert').filter({ hasText: before.trim() });
}
