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

/** Asks the app (an e2e build) to hold every note's save open: a kill then lands in the middle of a save. */
export async function holdSaves(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { fieldbookTest: { holdSaves(): void } }).fieldbookTest.holdSaves());
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
