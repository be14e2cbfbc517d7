/**
 * Which texts hold each character and each pair of adjacent characters of
 * a fold (bigrams, the n-gram CJK search has used since Lucene's
 * CJKAnalyzer: two characters are a Korean or Japanese word's usual
 * length). A text that holds a string holds all its bigrams, so the texts
 * in every list of a query's bigrams (or of its one character) are the only
 * candidates; each is then checked by a substring test, so that a pair of
 * bigrams found apart never makes a hit. Pairs a space apart are kept
 * apart from those that touch, so that a phrase ("the governor") has a pair
 * of its own to be looked up by, far rarer than its words'.
 *
 * Texts are numbered in the order they are added, so each list is sorted by
 * appending. A list of one text is kept as a bare number: most pairs of a
 * trip's characters occur once.
 */
type List = number | number[];

/** Both characters of a pair in one int32 key (code units; a space is never in a key). */
const pair = (first: number, second: number) => (first << 16) | second;
const SPACE = 0x20;

/** Three letters and where the space stands among them (0: after the second, 1: after the first) in one int32 hash. */
const triple = (space: number, a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ space) | 0;
/** Latin, Greek, Cyrillic and the like: below the CJK scripts, whose pairs already part phrases. */
const latin = (a: number, b: number, c: number) => a < 0x2e80 && b < 0x2e80 && c < 0x2e80;

export class Postings {
  readonly #single = new Map<number, List>();
  readonly #pairs = new Map<number, List>();
  /** Pairs a space apart ("e g" in "the governor"): the phrases' candidates, which a word's own pairs leave many. */
  readonly #spaced = new Map<number, List>();
  /**
   * Three letters around a space ("he g", "e go"), in scripts written with
   * spaces only, whose pairs of letters are too common to part phrases
   * ("the governor" from every text holding both words); hashed, so that
   * two triples may share a list, which only adds candidates.
   */
  readonly #spacedTriples = new Map<number, List>();

  add(ordinal: number, text: string): void {
    let previous = -1;
    // The letter before `previous` in its word, and the last letter of the word before a word's first.
    let beforePrevious = -1;
    let across = -1;
    let spaced = false;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (code === SPACE) {
        // The fold leaves one space between words, never two.
        spaced = previous >= 0;
        across = -1;
        continue;
      }
      append(this.#single, code, ordinal);
      if (previous >= 0 && spaced) {
        append(this.#spaced, pair(previous, code), ordinal);
        if (beforePrevious >= 0 && latin(beforePrevious, previous, code)) {
          append(this.#spacedTriples, triple(0, beforePrevious, previous, code), ordinal);
        }
        across = previous;
      } else if (previous >= 0) {
        append(this.#pairs, pair(previous, code), ordinal);
        if (across >= 0 && latin(across, previous, code))
          append(this.#spacedTriples, triple(1, across, previous, code), ordinal);
        across = -1;
      }
      beforePrevious = spaced ? -1 : previous;
      previous = code;
      spaced = false;
    }
  }

  clear(): void {
    for (const map of [this.#single, this.#pairs, this.#spaced, this.#spacedTriples]) map.clear();
  }

  /**
   * The lists a text holding `text` is in, every one, the shortest first;
   * null when one is empty (no text holds it). A word of one character has
   * its character's list.
   */
  lists(text: string): ReadonlyArray<readonly number[]> | null {
    const lists: Array<readonly number[]> = [];
    const look = (map: Map<number, List>, key: number) => {
      const list = map.get(key);
      if (list !== undefined) lists.push(asArray(list));
      return list !== undefined;
    };
    const parts = text.split(' ').filter(Boolean);
    for (const [index, part] of parts.entries()) {
      if (part.length === 1 && !look(this.#single, part.charCodeAt(0))) return null;
      for (let at = 0; at + 1 < part.length; at += 1) {
        if (!look(this.#pairs, pair(part.charCodeAt(at), part.charCodeAt(at + 1)))) return null;
      }
      const next = parts[index + 1];
      if (!next) continue;
      const [before, last, first, second] = [part.length - 2, part.length - 1, 0, 1].map((at, n) =>
        (n < 2 ? part : next).charCodeAt(at),
      ) as [number, number, number, number];
      if (!look(this.#spaced, pair(last, first))) return null;
      if (part.length > 1 && latin(before, last, first) && !look(this.#spacedTriples, triple(0, before, last, first))) {
        return null;
      }
      if (next.length > 1 && latin(last, first, second) && !look(this.#spacedTriples, triple(1, last, first, second))) {
        return null;
      }
    }
    return lists.sort((a, b) => a.length - b.length);
  }

  /** How many (key, text) entries are kept: the index's size in postings. */
  get entries(): number {
    let count = 0;
    for (const map of [this.#single, this.#pairs, this.#spaced, this.#spacedTriples]) {
      for (const list of map.values()) count += typeof list === 'number' ? 1 : list.length;
    }
    return count;
  }
}

function append(map: Map<number, List>, key: number, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, ordinal);
  else if (typeof list === 'number') {
    // Appended in order, so a repeat within one text is the last entry.
    if (list !== ordinal) map.set(key, [list, ordinal]);
  } else if (list[list.length - 1] !== ordinal) list.push(ordinal);
}

const asArray = (list: List): readonly number[] => (typeof list === 'number' ? [list] : list);

/** Whether a sorted list holds a number (binary search). */
export function contains(list: readonly number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list[middle] ?? 0;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
