import { describe, expect, it } from 'vitest';
import { Keyed } from './keyed';

/** Every ordinal a key's list holds, newest first, as a search reads them. */
function read(keyed: Keyed, key: number): number[] {
  const cursor = keyed.cursor(key);
  const ordinals: number[] = [];
  for (let at = cursor?.next(Number.MAX_SAFE_INTEGER) ?? -1; at >= 0; at = cursor?.next(at - 1) ?? -1) {
    ordinals.push(at);
  }
  return ordinals;
}

describe('lists frozen, then added to and frozen again', () => {
  it('hold every text filed under each key, whether its list was old, new or both', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const keyed = new Keyed();
    const expected = new Map<number, number[]>();
    const file = (from: number, to: number, keys: number) => {
      for (let ordinal = from; ordinal < to; ordinal += 1) {
        for (let n = 0; n < 4; n += 1) {
          // Keys below zero too: they are int32 pairs of characters, sorted as signed numbers.
          const key = (next() % keys) - keys / 2;
          keyed.append(key, ordinal, next() % 64);
          const list = expected.get(key) ?? [];
          if (list[list.length - 1] !== ordinal) list.push(ordinal);
          expected.set(key, list);
        }
      }
    };
    file(0, 500, 200);
    keyed.freeze();
    // Later texts bring keys the frozen segment has, and keys before, between and after its own.
    file(500, 700, 400);
    const frozen = keyed.freeze();
    expect(frozen.keys.length).toBe(expected.size);
    expect(frozen.starts.length).toBe(expected.size + 1);
    for (const [key, ordinals] of expected) expect(read(keyed, key)).toEqual([...ordinals].reverse());
    expect(keyed.entries).toBe([...expected.values()].reduce((sum, list) => sum + list.length, 0));
  });
});
