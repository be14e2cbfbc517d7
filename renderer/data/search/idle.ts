/** However busy the page, an idle task waits at most this long once its delay is over. */
const AT_MOST_MS = 10_000;

/**
 * Runs `task` once `delay` ms have passed and the page is idle (its next
 * idle period, requestIdleCallback, where there is one; at once after the
 * delay elsewhere, as in Node). Answers how to cancel it.
 */
export function whenIdle(task: () => void, delay: number): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: AT_MOST_MS });
    else task();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
