import { Cursor, ordinalOf, posting } from './candidates';

/**
 * Sorted lists of postings (candidates.ts) by int32 key, in two parts: a
 * frozen segment, three flat arrays (the keys sorted, where each key's list
 * starts, the postings), compact in memory and written to the cache as they
 * are; and the lists of texts added since, which freezing merges into a new
 * segment. Ordinals only grow, so a key's list is its frozen stretch, then
 * its added one. An added list of one text is a bare number: most pairs
 * occur once.
 */
export interface Segment {
  keys: Int32Array;
  /** keys.length + 1 entries: the list of keys[i] is postings[starts[i]] up to postings[starts[i + 1]]. */
  starts: Int32Array;
  postings: Int32Array;
}

type List = number | number[];

const EMPTY: Segment = { keys: new Int32Array(0), starts: new Int32Array(1), postings: new Int32Array(0) };

export class Keyed {
  #frozen = EMPTY;
  readonly #added = new Map<number, List>();
  #addedEntries = 0;

  /**
   * Files the text `ordinal` under `key`, found at `position` in it (or
   * anywhere, for -1). Texts come in order, so the same text again is the
   * last entry, whose posting takes the position too.
   */
  append(key: number, ordinal: number, position: number): void {
    const entry = position < 0 ? ordinal * 256 + 0xff : posting(ordinal, position);
    const list = this.#added.get(key);
    if (typeof list === 'number' && ordinalOf(list) === ordinal) {
      if ((list | entry) !== list) this.#added.set(key, list | entry);
    } else if (Array.isArray(list) && ordinalOf(list[list.length - 1] ?? -1) === ordinal) {
      list[list.length - 1] = (list[list.length - 1] ?? 0) | entry;
    } else {
      if (list === undefined) this.#added.set(key, entry);
      else if (typeof list === 'number') this.#added.set(key, [list, entry]);
      else list.push(entry);
      this.#addedEntries += 1;
    }
  }

  /** The key's list, or null when no text has it. */
  cursor(key: number): Cursor | null {
    const { keys, starts, postings } = this.#frozen;
    const at = indexOf(keys, key);
    const from = at < 0 ? 0 : (starts[at] ?? 0);
    const length = at < 0 ? 0 : (starts[at + 1] ?? 0) - from;
    const added = this.#added.get(key);
    if (length === 0 && added === undefined) return null;
    return new Cursor(postings, from, length, added === undefined ? [] : typeof added === 'number' ? [added] : added);
  }

  /** How many (key, text) entries are kept. */
  get entries(): number {
    return this.#frozen.postings.length + this.#addedEntries;
  }

  /** Merges the lists added into the frozen segment and answers it. */
  freeze(): Segment {
    if (this.#added.size === 0) return this.#frozen;
    const old = this.#frozen;
    const addedKeys = Int32Array.from(this.#added.keys()).sort();
    const keys = new Int32Array(old.keys.length + addedKeys.length);
    let count = 0;
    for (let a = 0, b = 0; a < old.keys.length || b < addedKeys.length; ) {
      const fromOld = old.keys[a] ?? Number.POSITIVE_INFINITY;
      const fromAdded = addedKeys[b] ?? Number.POSITIVE_INFINITY;
      keys[count++] = Math.min(fromOld, fromAdded);
      if (fromOld <= fromAdded) a += 1;
      if (fromAdded <= fromOld) b += 1;
    }
    const starts = new Int32Array(count + 1);
    const postings = new Int32Array(this.entries);
    let filled = 0;
    for (let at = 0; at < count; at += 1) {
      const key = keys[at] ?? 0;
      starts[at] = filled;
      const was = indexOf(old.keys, key);
      if (was >= 0) {
        const stretch = old.postings.subarray(old.starts[was], old.starts[was + 1]);
        postings.set(stretch, filled);
        filled += stretch.length;
      }
      const added = this.#added.get(key);
      if (typeof added === 'number') postings[filled++] = added;
      else if (added) for (const entry of added) postings[filled++] = entry;
    }
    starts[count] = filled;
    this.#frozen = { keys: keys.slice(0, count), starts, postings };
    this.#added.clear();
    this.#addedEntries = 0;
    return this.#frozen;
  }

  /** Takes a segment written before: checked whole, as a cache may hold anything. */
  thaw(segment: unknown, texts: number): boolean {
    if (!isSegment(segment, texts)) return false;
    this.clear();
    this.#frozen = segment;
    return true;
  }

  clear(): void {
    this.#frozen = EMPTY;
    this.#added.clear();
    this.#addedEntries = 0;
  }
}

/** Where a key stands in sorted keys, or -1 (binary search). */
function indexOf(keys: Int32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = keys[middle] ?? 0;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

interface Typed {
  Int32Array: Int32Array;
  Float64Array: Float64Array;
}

/**
 * Whether a value is a typed array of the kind named, from any realm: read
 * back from IndexedDB it may come from another (a test's environment), where
 * `instanceof` would refuse it.
 */
export function isTyped<K extends keyof Typed>(value: unknown, kind: K): value is Typed[K] {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === `[object ${kind}]`;
}

/** Keys strictly increasing; each list non-empty, its ordinals increasing and below `texts`, each with a position. */
function isSegment(value: unknown, texts: number): value is Segment {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, starts, postings } = value as Partial<Segment>;
  if (!(keys && starts && postings && [keys, starts, postings].every((part) => isTyped(part, 'Int32Array')))) {
    return false;
  }
  if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== postings.length) return false;
  for (let at = 0; at < keys.length; at += 1) {
    const from = starts[at] ?? 0;
    const to = starts[at + 1] ?? 0;
    if (to <= from || (at > 0 && (keys[at] ?? 0) <= (keys[at - 1] ?? 0))) return false;
    let previous = -1;
    for (let entry = from; entry < to; entry += 1) {
      const value = postings[entry] ?? -1;
      const ordinal = ordinalOf(value);
      if (value < 0 || (value & 0xff) === 0 || ordinal <= previous || ordinal >= texts) return false;
      previous = ordinal;
    }
  }
  return true;
}
