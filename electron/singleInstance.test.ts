import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance } from './singleInstance';

function fakeApp(lockFree: boolean) {
  const handlers = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: () => lockFree,
    on: (event: string, handler: () => void) => handlers.set(event, handler),
  };
  return { app: app as unknown as Pick<App, 'requestSingleInstanceLock' | 'on'>, handlers };
}

describe('single instance', () => {
  it('the first instance keeps running and focuses its window when started again', () => {
    const { app, handlers } = fakeApp(true);
    let focused = 0;
    expect(claimSingleInstance(app, () => focused++)).toBe(true);
    handlers.get('second-instance')?.();
    expect(focused).toBe(1);
  });

  it('a second instance is told to quit', () => {
    const { app, handlers } = fakeApp(false);
    expect(claimSingleInstance(app, () => {})).toBe(false);
    expect(handlers.size).toBe(0);
  });
});
