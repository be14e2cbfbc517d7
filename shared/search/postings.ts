import { aligned, type Candidates, type Cursor } from './candidates';
import { Keyed, type Segment } from './keyed';

/** Both characters of a pair in one int32 key (code units; a space is never in a key). */
const pair = (first: number, second: number) => (first << 16) | second;
const SPACE = 0x20;

/** Three letters and where the space stands among them (0: after the second, 1: after the first) in one int32 hash. */
const triple = (space: number, a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ space) | 0;
/** Latin, Greek, Cyrillic and the like: below the CJK scripts, whose pairs already part phrases. */
const latin = (a: number, b: number, c: number) => a < 0x2e80 && b < 0x2e80 && c < 0x2e80;

/** The kinds of keys, each with lists of its own. */
const SINGLE = 0;
const PAIR = 1;
const SPACED = 2;
const TRIPLE = 3;
type Kind = typeof SINGLE | typeof PAIR | typeof SPACED | typeof TRIPLE;

/**
 * Calls `visit` with each key of a fold and where it starts: every letter
 * (`alone` when it is a word of one letter, whose only key it is), each pair
 * of letters side by side, each pair a space apart, and in scripts written
 * with spaces the three letters around each space. What a text is filed
 * under and what a query looks up, alike, so that the two always meet.
 * Stops, answering false, when `visit` does.
 */
function eachKey(text: string, visit: (kind: Kind, key: number, position: number, alone: boolean) => boolean): boolean {
  let previous = -1;
  let previousAt = -1;
  // The letter before `previous` in its word, and the last letter of the word before a word's first.
  let beforePrevious = -1;
  let beforePreviousAt = -1;
  let across = -1;
  let acrossAt = -1;
  let spaced = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === SPACE) {
      spaced = previous >= 0;
      across = -1;
      continue;
    }
    const alone = (previous < 0 || spaced) && (at + 1 === text.length || text.charCodeAt(at + 1) === SPACE);
    if (!visit(SINGLE, code, at, alone)) return false;
    if (previous >= 0 && spaced) {
      if (!visit(SPACED, pair(previous, code), previousAt, false)) return false;
      if (beforePrevious >= 0 && latin(beforePrevious, previous, code)) {
        if (!visit(TRIPLE, triple(0, beforePrevious, previous, code), beforePreviousAt, false)) return false;
      }
      across = previous;
      acrossAt = previousAt;
    } else if (previous >= 0) {
      if (!visit(PAIR, pair(previous, code), previousAt, false)) return false;
      if (across >= 0 && latin(across, previous, code)) {
        if (!visit(TRIPLE, triple(1, across, previous, code), acrossAt, false)) return false;
      }
      across = -1;
    }
    beforePrevious = spaced ? -1 : previous;
    beforePreviousAt = previousAt;
    previous = code;
    previousAt = at;
    spaced = false;
  }
  return true;
}

/** The four kinds of keys' lists, frozen: single characters, pairs, pairs a space apart, triples around a space. */
export type FrozenPostings = readonly [Segment, Segment, Segment, Segment];

/**
 * Which texts hold each character and each pair of adjacent characters of
 * a fold (bigrams, the n-gram CJK search has used since Lucene's
 * CJKAnalyzer: two characters are a Korean or Japanese word's usual
 * length). A text that holds a string holds all its bigrams, so the texts
 * in every list of a query's bigrams (or of its one character) are the only
 * candidates. Each posting also says where its key stands in the text
 * (modulo 8), so that most texts holding the bigrams apart drop out before
 * the substring test every candidate left is given (match.ts), which alone
 * decides: bigrams found apart never make a hit. Pairs a space apart are kept
 * apart from those that touch, so that a phrase ("the governor") has a pair
 * of its own to be looked up by, far rarer than its words'.
 *
 * Texts are numbered in the order they are added, so each list is sorted by
 * appending (keyed.ts keeps them).
 */
export class Postings {
  readonly #single = new Keyed();
  readonly #pairs = new Keyed();
  /** Pairs a space apart ("e g" in "the governor"): the phrases' candidates, which a word's own pairs leave many. */
  readonly #spaced = new Keyed();
  /**
   * Three letters around a space ("he g", "e go"), in scripts written with
   * spaces only, whose pairs of letters are too common to part phrases
   * ("the governor" from every text holding both words); hashed, so that
   * two triples may share a list, which only adds candidates.
   */
  readonly #spacedTriples = new Keyed();

  get #all() {
    return [this.#single, this.#pairs, this.#spaced, this.#spacedTriples] as const;
  }

  add(ordinal: number, text: string): void {
    const lists = this.#all;
    eachKey(text, (kind, key, position) => {
      // A letter alone is looked up only as a word of one letter, which has no other key to line up with.
      lists[kind].append(key, ordinal, kind === SINGLE ? -1 : position);
      return true;
    });
  }

  clear(): void {
    for (const keyed of this.#all) keyed.clear();
  }

  /**
   * The texts that may hold `text`: those in every list of its keys, at
   * positions that line up as in `text`, read rarest first; null when a list
   * is empty (no text holds it). A word of one letter has its letter's list.
   */
  candidates(text: string): Candidates | null {
    const lists = this.#all;
    const cursors: Cursor[] = [];
    const offsets: number[] = [];
    const sound = eachKey(text, (kind, key, position, alone) => {
      if (kind === SINGLE && !alone) return true;
      const cursor = lists[kind].cursor(key);
      if (!cursor) return false;
      cursors.push(cursor);
      offsets.push(position);
      return true;
    });
    return sound && cursors.length > 0 ? aligned(cursors, offsets) : null;
  }

  /** How many (key, text) entries are kept: the index's size in postings. */
  get entries(): number {
    return this.#all.reduce((sum, keyed) => sum + keyed.entries, 0);
  }

  /** Every list merged into frozen segments: compact, and as the cache writes them. */
  freeze(): FrozenPostings {
    const [single, pairs, spaced, triples] = this.#all;
    return [single.freeze(), pairs.freeze(), spaced.freeze(), triples.freeze()];
  }

  /** Takes segments written by freeze(), or answers false (and holds nothing) when they are not sound. */
  thaw(frozen: unknown, texts: number): boolean {
    const sound =
      Array.isArray(frozen) && frozen.length === 4 && this.#all.every((keyed, at) => keyed.thaw(frozen[at], texts));
    if (!sound) this.clear();
    return sound;
  }
}
