/**
 * A query's candidates, read newest first (texts are numbered oldest first):
 * `next(bound)` answers the greatest candidate at most `bound`, or -1 when
 * none is left. A search reads downwards, so bounds never grow from one call
 * to the next, and each list is walked once: where a rare pair's list has
 * nothing, the common pairs' lists are leapt over, never read, so that a
 * query costs about what its rarest pair does, not its commonest.
 */
export interface Candidates {
  next(bound: number): number;
  /** At most how many there are: the rarest is read first. */
  readonly size: number;
}

export const NONE: Candidates = { next: () => -1, size: 0 };

/**
 * A posting: a text's ordinal and where in it a key stands, as the set of
 * its positions modulo 8, in one int32 (ordinal × 256 + mask), so that lists
 * stay sorted by ordinal and cost no more than ordinals alone. Ordinals stay
 * below 2^23: the index numbers its texts again before gaps outnumber them.
 */
export const posting = (ordinal: number, position: number) => ordinal * 256 + (1 << (position & 7));
export const ordinalOf = (entry: number) => entry >> 8;

/**
 * A sorted list of postings: a stretch of a frozen segment, then those
 * added since (all greater), read from the top by galloping (1, 2, 4…
 * places back, then halving), so that a step costs the log of the distance
 * leapt, not of the list.
 */
export class Cursor implements Candidates {
  /** Postings from here on are above a bound already asked for: never read again. */
  #end: number;

  constructor(
    private readonly frozen: Int32Array,
    private readonly from: number,
    private readonly frozenLength: number,
    private readonly added: readonly number[],
  ) {
    this.#end = frozenLength + added.length;
  }

  get size(): number {
    return this.frozenLength + this.added.length;
  }

  /** Where the key stands (positions modulo 8) in the text last answered. */
  get mask(): number {
    return this.#at(this.#end - 1) & 0xff;
  }

  // Indices are always within the list: the reads need no guard.
  #at(index: number): number {
    return (
      index < this.frozenLength ? this.frozen[this.from + index] : this.added[index - this.frozenLength]
    ) as number;
  }

  next(bound: number): number {
    let high = this.#end - 1;
    if (high < 0) return -1;
    const top = ordinalOf(this.#at(high));
    if (top <= bound) return top;
    // The posting at `high` is above the bound; gallop down until one at `low` is not, or the list's start is passed.
    let step = 1;
    let low = high - step;
    while (low >= 0 && ordinalOf(this.#at(low)) > bound) {
      high = low;
      step *= 2;
      low = high - step;
    }
    if (low < 0) low = -1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (ordinalOf(this.#at(middle)) > bound) high = middle;
      else low = middle;
    }
    this.#end = low + 1;
    return low < 0 ? -1 : ordinalOf(this.#at(low));
  }
}

/** Positions modulo 8 moved `by` places down: where a key `by` places into a match puts the match's start. */
const startsAt = (mask: number, by: number) => {
  const shift = by & 7;
  return ((mask >> shift) | (mask << (8 - shift))) & 0xff;
};

/**
 * The texts where a query's keys may stand as they do in it: in every
 * list, at positions (modulo 8) that line up with the keys' offsets in the
 * query. A text that holds the query passes; most that hold its keys apart
 * (a phrase's words in other places) do not, and are never tested by
 * substring.
 */
export function aligned(cursors: readonly Cursor[], offsets: readonly number[]): Candidates {
  const every = all(cursors);
  if (cursors.length === 1) return every;
  return {
    size: every.size,
    next(bound) {
      for (let ordinal = every.next(bound); ordinal >= 0; ordinal = every.next(ordinal - 1)) {
        let starts = 0xff;
        for (let at = 0; at < cursors.length && starts !== 0; at += 1) {
          starts &= startsAt((cursors[at] as Cursor).mask, offsets[at] ?? 0);
        }
        if (starts !== 0) return ordinal;
      }
      return -1;
    },
  };
}

/**
 * The candidates every part has. The rarest part leads and the others are
 * asked in order of size, so that a common part is read only where the rare
 * ones agree; a part that skips ahead moves the lead there (as Lucene's
 * conjunctions do).
 */
export function all(unsorted: readonly Candidates[]): Candidates {
  const parts = [...unsorted].sort((a, b) => a.size - b.size);
  const [lead, ...others] = parts;
  if (!lead || others.length === 0) return lead ?? NONE;
  return {
    size: lead.size,
    next(bound) {
      let value = lead.next(bound);
      for (let at = 0; value >= 0 && at < others.length; ) {
        const found = (others[at] as Candidates).next(value);
        if (found === value) at += 1;
        else {
          if (found < 0) return -1;
          value = lead.next(found);
          at = 0;
        }
      }
      return value;
    },
  };
}

/** The candidates any part has, each once: every part's last answer is kept while it is still below the bound. */
export function any(parts: readonly Candidates[]): Candidates {
  if (parts.length === 1) return parts[0] as Candidates;
  const heads = parts.map(() => Number.POSITIVE_INFINITY);
  return {
    size: parts.reduce((sum, part) => sum + part.size, 0),
    next(bound) {
      let best = -1;
      for (let at = 0; at < parts.length; at += 1) {
        let head = heads[at] ?? -1;
        if (head > bound) {
          head = (parts[at] as Candidates).next(bound);
          heads[at] = head;
        }
        if (head > best) best = head;
      }
      return best;
    },
  };
}
