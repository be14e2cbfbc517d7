import type { LongFrame } from './longFrames';

/** What the page notes of the keystrokes typed into it (listenToKeystrokes). */
export interface Typed {
  /** Each keystroke's event time and the time of the first task after its frame, in the page's clock (ms). */
  keys: { start: number; painted: number }[];
  /** Characters not yet in the field when their frame was drawn. */
  missing: number;
  /** Event Timing's entries for key and input events of 16 ms or more (its floor): each from its event to the next paint. */
  slow: { startTime: number; duration: number }[];
  /** Frames that took over 50 ms, with what their scripts were called by. */
  frames: LongFrame[];
}

/**
 * Runs in the page (passed to page.evaluate, so it closes over nothing):
 * from now on notes, in `window.typed`, each keystroke's time to paint, its
 * slow Event Timing entries and the long animation frames. A keystroke
 * begins at its keydown, or at its beforeinput when it has none (text
 * outside ASCII is inserted so); it is painted at the first task after the
 * next frame.
 */
export function listenToKeystrokes(): void {
  const typed: Typed = { keys: [], missing: 0, slow: [], frames: [] };
  (window as unknown as { typed: Typed }).typed = typed;
  let keyAt: number | undefined;
  document.addEventListener('keydown', (event) => (keyAt = event.timeStamp), { capture: true });
  document.addEventListener(
    'beforeinput',
    (event) => {
      const start = keyAt ?? event.timeStamp;
      keyAt = undefined;
      const field = event.target as HTMLTextAreaElement;
      const before = field.value.length;
      requestAnimationFrame(() => {
        if (field.value.length <= before) typed.missing += 1;
        setTimeout(() => typed.keys.push({ start, painted: performance.now() }), 0);
      });
    },
    { capture: true },
  );
  const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input']);
  new PerformanceObserver((list) => {
    for (const { name, startTime, duration } of list.getEntries())
      if (KEY_EVENTS.has(name)) typed.slow.push({ startTime, duration });
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  type Frame = PerformanceEntry & { styleAndLayoutStart: number; scripts: { invoker: string; duration: number }[] };
  new PerformanceObserver((list) => {
    for (const { startTime, duration, styleAndLayoutStart, scripts } of list.getEntries() as Frame[]) {
      const layout = styleAndLayoutStart ? startTime + duration - styleAndLayoutStart : 0;
      typed.frames.push({
        duration,
        layout,
        scripts: scripts.map(({ invoker, duration }) => ({ invoker, duration })),
      });
    }
  }).observe({ type: 'long-animation-frame' });
}

/** Each keystroke's longest Event Timing entry (0 under 16 ms, which Event Timing does not report). */
export function eventTimings({ keys, slow }: Typed): number[] {
  return keys.map(({ start }, index) => {
    const next = keys[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    const own = slow.filter((entry) => entry.startTime >= start - 1 && entry.startTime < next - 1);
    return Math.max(0, ...own.map((entry) => entry.duration));
  });
}
