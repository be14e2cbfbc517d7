import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

/** Whether the promise has settled once pending microtasks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterPaint (a draft waits for its keystroke to be drawn)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame and the task after it, then leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const painted = afterPaint();
    expect(await settled(painted)).toBe(false);
    frames[0]?.(performance.now());
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(await settled(painted)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends anyway when no frame comes, as in a hidden window, so that the draft is still written', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const painted = afterPaint();
    await vi.advanceTimersByTimeAsync(49);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(painted)).toBe(true);
  });
});
