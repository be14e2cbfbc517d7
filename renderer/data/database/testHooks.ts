import { Dexie } from 'dexie';

/** Where a test holds saves: before their transaction begins, or inside it. */
export type HoldPoint = 'before' | 'inside';

let held: { at: HoldPoint; until: Promise<void> } | null = null;

/**
 * End-to-end builds only (`vite build --mode e2e`): lets a crash test hold
 * every note's save, so that the browser can be killed in the middle of a
 * save (`inside`, its transaction kept open), or while a draft waits for a
 * save that has not begun (`before`, the database free for other windows);
 * and an offline test wait for the screens the app loads on its own after
 * the first (`screensPreloading`), rather than for a quiet network, which a
 * busy machine reaches before they are asked for.
 */
export function installTestHooks(page: Window, screensPreloading: () => Promise<unknown> | null): void {
  Object.assign(page, {
    fieldbookTest: {
      screensPreloading,
      holdSaves: (at: HoldPoint = 'inside') => {
        held = { at, until: new Promise<void>(() => {}) };
      },
    },
  });
}

/** Waits while a test holds saves at this point; inside a transaction, keeping it open. */
export async function waitWhileSavesHeld(at: HoldPoint): Promise<void> {
  if (held?.at !== at) return;
  if (at === 'inside') await Dexie.waitFor(held.until, 10 * 60 * 1000);
  else await held.until;
}
