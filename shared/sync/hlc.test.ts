import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlcClock, formatHlc, MAX_SKEW_MS, parseHlc } from './hlc';

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

  it('takes a stamp from a clock days ahead without refusing it, says how far ahead it was, and is not dragged along', () => {
    const clock = createHlcClock('device-a', () => 0);
    const days = 3 * 24 * 60 * 60 * 1000;
    const far = formatHlc({ millis: days, counter: 0, node: 'device-b' });
    expect(clock.receive(far)).toBe(days);
    expect(parseHlc(clock.tick()).millis).toBeLessThanOrEqual(MAX_SKEW_MS);
    expect(clock.receive(formatHlc({ millis: 0, counter: 9, node: 'device-c' }))).toBe(0);
  });

  it('stamps an edit after the value it replaces, however far ahead that value is, and goes on from there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 50 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (wall, millis, counter, node) => {
          const clock = createHlcClock('device-a', () => wall);
          const replaced = formatHlc({ millis, counter, node });
          const edit = clock.after(replaced);
          expect(edit > replaced).toBe(true);
          expect(clock.tick() > edit).toBe(true);
        },
      ),
    );
  });

  it('issues stamps that always increase, whatever the wall clock does, whatever it receives, across restarts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ tick: fc.constant(true), wall: fc.integer({ min: 0, max: 10 ** 12 }) }),
            fc.record({ receive: fc.integer({ min: 0, max: 10 ** 12 }), wall: fc.integer({ min: 0, max: 10 ** 12 }) }),
            fc.record({ restart: fc.constant(true), wall: fc.integer({ min: 0, max: 10 ** 12 }) }),
          ),
          { maxLength: 60 },
        ),
        (steps) => {
          let wall = 0;
          let clock = createHlcClock('device-a', () => wall);
          let previous = '';
          for (const step of steps) {
            wall = step.wall;
            if ('restart' in step) clock = createHlcClock('device-a', () => wall, clock.latest());
            else if ('receive' in step)
              clock.receive(formatHlc({ millis: step.receive, counter: 0, node: 'device-b' }));
            const stamp = clock.tick();
            if (!(stamp > previous)) return false;
            previous = stamp;
          }
          return true;
        },
      ),
      { seed: Number(process.env.FAST_CHECK_SEED ?? 1996), numRuns: 300 },
    );
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

  it('stamps on corrected time once told how far off the device is, and can go back for fresh stamps', () => {
    const threeHours = 3 * 60 * 60 * 1000;
    const clock = createHlcClock('device-a', () => 846_000_000_000 + threeHours);
    const wrong = clock.tick();
    clock.correct(-threeHours);
    expect(clock.now()).toBe(846_000_000_000);
    // Still never backwards on its own: the wrong stamp holds until it is rewound.
    expect(clock.tick() > wrong).toBe(true);
    clock.rewind(null);
    expect(parseHlc(clock.tick()).millis).toBe(846_000_000_000);
    const resumed = createHlcClock('device-a', () => 846_000_000_000 + threeHours, clock.latest(), -threeHours);
    expect(resumed.correction()).toBe(-threeHours);
    expect(parseHlc(resumed.tick()).millis).toBe(846_000_000_000);
  });
});
