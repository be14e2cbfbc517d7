/**
 * Hybrid logical clock (Kulkarni et al., 2014), as Actual Budget uses for its
 * CRDT: a timestamp that follows wall-clock time but never goes backwards on
 * one device and always moves past any stamp received from another, so that
 * "later change wins" is well defined across devices with skewed clocks.
 *
 * Stamps are strings that sort in time order:
 * 11 base-36 digits of milliseconds, 5 of a counter, then the device id.
 */
export interface HlcStamp {
  millis: number;
  counter: number;
  node: string;
}

const MILLIS_DIGITS = 11;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/**
 * How far ahead of the (server-corrected) wall clock a stamp may be: the
 * server refuses changes stamped further ahead, and a clock never lets a
 * received stamp drag it further ahead than this (docs/sync-protocol.md, section 4).
 * One minute, as the device's clock tolerance (deviceClock.ts): a device
 * whose clock runs fast still syncs (refused once, it corrects its clock and
 * stamps its changes afresh), and a stamp set ahead on purpose wins only the
 * edits of that minute, which are concurrent with it and so stay, marked
 * lost, in the history and told to their writers (concurrent.ts). It was
 * five minutes until an edit was stamped after the value it replaces
 * (`after`): a received stamp the clock did not follow could make an edit
 * lose everywhere but on its own screen.
 */
export const MAX_SKEW_MS = 60 * 1000;

export function formatHlc({ millis, counter, node }: HlcStamp): string {
  return `${millis.toString(36).padStart(MILLIS_DIGITS, '0')}-${counter
    .toString(36)
    .padStart(COUNTER_DIGITS, '0')}-${node}`;
}

export function parseHlc(stamp: string): HlcStamp {
  const match = /^([0-9a-z]{11})-([0-9a-z]{5})-(.+)$/.exec(stamp);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Not a clock stamp: ${stamp}`);
  return { millis: Number.parseInt(match[1], 36), counter: Number.parseInt(match[2], 36), node: match[3] };
}

export interface HlcClock {
  /** A new stamp for a local change, later than every stamp seen so far. */
  tick(): string;
  /**
   * A new stamp for a local change made over `stamp` (the value it replaces
   * here): later than it, whatever this clock reads. An edit made after its
   * device saw a value then wins over that value everywhere, as it does on
   * its own screen, even over a stamp further ahead than receive() follows.
   */
  after(stamp: string): string;
  /**
   * Takes note of a stamp from another device so that later local stamps
   * come after it; answers how far ahead of this clock's wall time it was
   * (ms, 0 when not ahead). A stamp from a broken clock far in the future is
   * followed only up to MAX_SKEW_MS ahead: it is never refused (nobody is
   * locked out), and never drags this clock days ahead.
   */
  receive(stamp: string): number;
  /** The latest stamp issued or received, for persisting across restarts. */
  latest(): string;
  /**
   * Runs the clock on the device's time corrected by `ms` (the server's time
   * minus the device's), once the server has shown the device's clock is off.
   */
  correct(ms: number): void;
  /** The correction in use (ms; 0 while the device's clock is right). */
  correction(): number;
  /** The device's time as corrected (ms since the epoch). */
  now(): number;
  /**
   * Goes back to `stamp` (null: to the start): only for stamping afresh
   * changes that never left the device after its clock was found ahead,
   * so that nothing stamped from the wrong time stays ahead of the others.
   */
  rewind(stamp: string | null): void;
}

export function createHlcClock(
  node: string,
  deviceNow: () => number = Date.now,
  start?: string,
  correction = 0,
): HlcClock {
  if (!node) throw new Error('A clock needs a node id');
  let last: HlcStamp = start ? parseHlc(start) : { millis: 0, counter: 0, node };
  let offset = correction;
  const now = () => deviceNow() + offset;

  function advance(millis: number, counter: number): HlcStamp {
    if (counter > MAX_COUNTER) throw new Error('Clock counter overflow');
    last = { millis, counter, node };
    return last;
  }

  function tick(): string {
    const wall = now();
    const stamp = wall > last.millis ? advance(wall, 0) : advance(last.millis, last.counter + 1);
    return formatHlc(stamp);
  }

  return {
    tick,
    after(stamp) {
      const over = parseHlc(stamp);
      if (over.millis > last.millis || (over.millis === last.millis && over.counter > last.counter))
        last = { millis: over.millis, counter: over.counter, node };
      return tick();
    },
    receive(stamp) {
      const parsed = parseHlc(stamp);
      const wall = now();
      const ahead = Math.max(0, parsed.millis - wall);
      const remote = ahead > MAX_SKEW_MS ? { millis: wall + MAX_SKEW_MS, counter: 0, node: parsed.node } : parsed;
      const millis = Math.max(wall, last.millis, remote.millis);
      let counter = 0;
      if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
      else if (millis === last.millis) counter = last.counter + 1;
      else if (millis === remote.millis) counter = remote.counter + 1;
      advance(millis, counter);
      return ahead;
    },
    latest() {
      return formatHlc(last);
    },
    correct(ms) {
      offset = ms;
    },
    correction() {
      return offset;
    },
    now,
    rewind(stamp) {
      last = stamp ? parseHlc(stamp) : { millis: 0, counter: 0, node };
    },
  };
}
