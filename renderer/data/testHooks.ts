import { Dexie } from 'dexie';

let held: Promise<void> | null = null;

/**
 * End-to-end builds only (`vite build --mode e2e`): lets a crash test hold
 * every note's save transaction open, so that the browser can be killed in
 * the middle of a save rather than only before or after one.
 */
export function installTestHooks(page: Window): void {
  Object.assign(page, {
    fieldbookTest: {
      holdSaves: () => {
        held = new Promise<void>(() => {});
      },
    },
  });
}

/** Inside a save's transaction: waits while a test holds saves, keeping the transaction open. */
export async function waitWhileSavesHeld(): Promise<void> {
  if (held) await Dexie.waitFor(held, 10 * 60 * 1000);
}
