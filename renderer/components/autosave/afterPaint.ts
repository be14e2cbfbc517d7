/** Where no frame comes (a hidden window paints none), the wait ends after this anyway. */
const NO_FRAME_MS = 50;

/**
 * Resolves once the frame that shows what was just typed has been painted
 * (the next animation frame, then a task), or after NO_FRAME_MS without
 * one: work that need not be on screen (a draft's write) waits for it, so
 * that a keystroke is drawn before any of its IndexedDB work runs.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
