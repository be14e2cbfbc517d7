/**
 * A long animation frame (the Long Animation Frames API: a frame that took
 * over 50 ms), as the page hands it over: how long, how much of it went to
 * style, layout and paint, and each script that ran in it with what called
 * it (`IDBRequest.onsuccess`, `MessagePort.onmessage`, a timer, an event
 * listener).
 */
export interface LongFrame {
  duration: number;
  layout: number;
  scripts: { invoker: string; duration: number }[];
}

/** What the long frames went to, by what called their scripts, the largest first. */
export function longFrameSummary(frames: readonly LongFrame[]): string[] {
  const total = frames.reduce((sum, frame) => sum + frame.duration, 0);
  const layout = frames.reduce((sum, frame) => sum + frame.layout, 0);
  const byInvoker = new Map<string, { duration: number; count: number }>();
  for (const { invoker, duration } of frames.flatMap((frame) => frame.scripts)) {
    // One element's listener is named by its id (`TEXTAREA#:r3:.oninput`): grouped by kind of element.
    const kind = invoker.replace(/#[^.]*/, '');
    const seen = byInvoker.get(kind) ?? { duration: 0, count: 0 };
    byInvoker.set(kind, { duration: seen.duration + duration, count: seen.count + 1 });
  }
  const share = (part: number) => `${((100 * part) / total).toFixed(0)}%`;
  return [
    `  long frames (over 50 ms) in the full trip's typing: ${frames.length}, ${total.toFixed(0)} ms in all; ` +
      `style, layout and paint ${layout.toFixed(0)} ms (${share(layout)}); scripts by what called them:`,
    ...[...byInvoker]
      .sort((a, b) => b[1].duration - a[1].duration)
      .slice(0, 8)
      .map(
        ([invoker, { duration, count }]) =>
          `    ${invoker.padEnd(56)}${duration.toFixed(0).padStart(7)} ms ${share(duration).padStart(4)}  (${count})`,
      ),
  ];
}
