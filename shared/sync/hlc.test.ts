import { describe, expect, it } from 'vitest';
import { createHlcClock, formatHlc, MAX_DRIFT_MS, parseHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('stamps sort in the order they were issued, even when the wall clock stands still', () => {
    const clock = createHlcClock('device-a', () => 1_000);
    const stamps = [clock.tick(), clock.tick(), clock.tick()];
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
  });

  it('never goes backwards when the wall clock does', () => {
    let wall = 5_000;
    const clock = createHlcClock('device-a', () => wall);
    const before = clock.tick();
    wall = 1_000;
    const after = clock.tick();
    expect(after > before).toBe(true);
    expect(parseHlc(after).millis).toBe(5_000);
  });

  it('moves past a stamp received from a device whose clock is ahead', () => {
    const ahead = createHlcClock('device-b', () => 9_000);
    const behind = createHlcClock('device-a', () => 1_000);
    const remote = ahead.tick();
    behind.receive(remote);
    expect(behind.tick() > remote).toBe(true);
  });

  it('refuses a stamp from a clock more than a day ahead', () => {
    const clock = createHlcClock('device-a', () => 0);
    const far = formatHlc({ millis: MAX_DRIFT_MS + 1, counter: 0, node: 'device-b' });
    expect(() => clock.receive(far)).toThrow(/future/);
  });

  it('round-trips through its string form, with dashes in the device id', () => {
    const stamp = { millis: 846_000_000_000, counter: 42, node: '0192-abcd' };
    expect(parseHlc(formatHlc(stamp))).toEqual(stamp);
  });

  it('resumes after the latest stamp it was given at start', () => {
    const first = createHlcClock('device-a', () => 10_000);
    first.tick();
    const resumed = createHlcClock('device-a', () => 1, first.latest());
    expect(resumed.tick() > first.latest()).toBe(true);
  });
});
