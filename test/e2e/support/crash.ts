import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import type { App } from '../pages/App';
import { openAppPersistent } from './browser';

/** What kills the app in these tests: the browser's processes, at once, as a crash or a dead battery does. */
export function killBrowser(profile: string): number {
  execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
  return Date.now();
}

/** The app started on a profile that has been used before: the same machine after a restart. */
export async function restart(profile: string, url: string): Promise<{ app: App; context: BrowserContext }> {
  const started = await openAppPersistent(profile, 'ko-KR');
  await started.app.page.goto(url);
  return started;
}

/**
 * Types `text` one character at a time, noting when each keystroke had been
 * handled by the page, until the text is done or the browser dies (typing
 * then just stops). `typedAt[i]` is when character i was in the field.
 */
export function typeSlowly(page: Page, text: string, gapMs = 35): { typedAt: number[]; done: Promise<void> } {
  const typedAt: number[] = [];
  const done = (async () => {
    for (const character of text) {
      try {
        await page.keyboard.type(character);
      } catch {
        return;
      }
      typedAt.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  })();
  return { typedAt, done };
}

/**
 * Asks the app (an e2e build) to hold every note's save: `inside` its open
 * transaction (a kill then lands in the middle of a save), or `before` it
 * begins (the typing is only in its draft, the database free for others).
 */
export async function holdSaves(page: Page, at: 'before' | 'inside' = 'inside'): Promise<void> {
  await page.evaluate(
    (point) => (window as unknown as { fieldbookTest: { holdSaves(at: string): void } }).fieldbookTest.holdSaves(point),
    at,
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the app's database holds of recovery, read straight from IndexedDB: flagged versions and drafts. */
export async function recoveryState(page: Page): Promise<{ flagged: string[]; drafts: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fieldbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const text = (value: unknown) => JSON.stringify(value);
    const versions = (await all('noteVersions')) as { recovered?: unknown; content: unknown }[];
    const drafts = (await all('drafts')) as { value: unknown }[];
    db.close();
    return {
      flagged: versions.filter((version) => version.recovered).map((version) => text(version.content)),
      drafts: drafts.map((draft) => text(draft.value)),
    };
  });
}
