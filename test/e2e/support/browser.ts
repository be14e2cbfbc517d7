import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
// Debian's Chromium, launched as the benches launch it: the flags keep it from calling home.
import { CHROMIUM } from '../../../bench/chromium';
import { App } from '../pages/App';

/** Every app opened by the running test, whose page must log no error by the test's end. */
const opened: App[] = [];

function track(app: App): App {
  opened.push(app);
  return app;
}

/**
 * One Chromium for the test file: launched before its tests, closed after
 * them. After each test, any error the app's pages reported (an exception, a
 * console error such as React's) fails it, whatever the test checked.
 */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch(CHROMIUM);
  });
  afterEach(() => {
    const errors = opened.flatMap((app) => app.errors);
    opened.length = 0;
    expect(errors, 'errors the app reported in the browser').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet');
    return browser;
  };
}

/** `locale` is the OS language the browser reports (navigator.languages). */
function contextOptions(locale: string, baseURL: string = inject('baseURL')) {
  return { locale, viewport: { width: 1280, height: 860 }, baseURL };
}

/**
 * The app in a fresh browser profile (empty IndexedDB), as on a newly
 * installed machine; from `baseURL` when another server than the e2e's own
 * serves it (the sync server).
 */
export async function openApp(browser: Browser, locale = 'ko-KR', baseURL?: string): Promise<App> {
  const context = await browser.newContext(contextOptions(locale, baseURL));
  return track(await App.open(await context.newPage()));
}

/** A second window of the app in the same profile (the same device), on the page `app` shows. */
export async function openSecondWindow(app: App): Promise<App> {
  return track(await App.open(await app.page.context().newPage(), app.page.url()));
}

/**
 * The app in a browser whose profile is on disk: closing or killing that
 * browser and launching again on the same folder restarts the app on the
 * same machine.
 */
export async function openAppPersistent(
  userDataDir: string,
  locale = 'ko-KR',
): Promise<{ app: App; context: BrowserContext }> {
  const context = await chromium.launchPersistentContext(userDataDir, { ...CHROMIUM, ...contextOptions(locale) });
  const page = context.pages()[0] ?? (await context.newPage());
  return { app: track(await App.open(page)), context };
}

export function newProfileDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'fieldbook-profile-'));
}
