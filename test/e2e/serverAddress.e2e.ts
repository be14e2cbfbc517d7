import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { browserPerFile, openApp } from './support/browser';

/**
 * The web app as the sync server serves it, under its CSP: the page asks its
 * own origin whether it is a sync server, and the publish form offers that
 * address. Served by anything else (the e2e run's own web server), it offers none.
 */
const browser = browserPerFile();
let server: TestServer;

beforeAll(async () => {
  server = await startServer(await openPglite(), { webApp: path.resolve(import.meta.dirname, '../../out/web') });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await server?.storage.close();
});

it('the publish form offers the address of the sync server that served the app, and none elsewhere', async () => {
  const served = await openApp(browser(), 'en-GB', `${server.url}/`);
  await served.tripList.loadSampleTrip();
  await served.trip.waitUntilLoaded();
  await served.sync.open();
  await expect.poll(() => served.sync.serverAddress().inputValue()).toBe(server.url);

  const elsewhere = await openApp(browser(), 'en-GB');
  await elsewhere.tripList.loadSampleTrip();
  await elsewhere.trip.waitUntilLoaded();
  // Its answer, the app's page for any path, is what the form waits for before it offers anything.
  const answered = elsewhere.page.waitForResponse((response) => response.url().endsWith('/v1/info'));
  await elsewhere.sync.open();
  await answered;
  expect(await elsewhere.sync.serverAddress().inputValue()).toBe('');
});
