import { all, any, type Candidates, NONE } from './candidates';
import type { Forms } from './forms';
import { APART, BEST, compareHits, holds, holdsEvery, passes, rangesOf } from './match';
import type { Alternative, Query } from './query';
import type { SearchDoc, SearchFilter, SearchHit } from './types';

export interface Entry {
  doc: SearchDoc;
  forms: Forms;
  /** The doc's fingerprint (serialised.ts) once known: a cache written again does not hash it again. */
  fingerprint?: number;
}

/** What a search reads of an index (index.ts). */
export interface Readable {
  /** The greatest ordinal a text may have. */
  top(): number;
  entry(ordinal: number): Entry | undefined;
  /** The newest updatedAt among the texts numbered up to `ordinal`: where a newest-first read may stop. */
  newest(ordinal: number): number;
  candidates(alternative: Alternative): Candidates | null;
}

interface Hit extends Entry {
  score: number;
}

/**
 * The hits of a parsed query, the best first. Candidates are read newest
 * first, and a read stops once the hits are full and no older text can
 * enter them: they all score the most a text read from there may, and are
 * newer. First the texts where the words stand side by side, which rank
 * first: when they fill the hits, no other is read. Then every text holding
 * the words; one that also holds a phrase was read already. Only the hits
 * kept are marked (rangesOf), never the candidates passed over.
 */
export function readHits(index: Readable, query: Query, filter: SearchFilter | undefined, limit: number): SearchHit[] {
  const { words, phrases } = query;
  const hits: Hit[] = [];
  const anyOf = (alternatives: readonly Alternative[]) =>
    any(alternatives.map((alternative) => index.candidates(alternative) ?? NONE));
  const take = (candidates: Candidates, bound: number, score: (forms: Forms, ordinal: number) => number | null) => {
    for (let ordinal = candidates.next(index.top()); ordinal >= 0; ordinal = candidates.next(ordinal - 1)) {
      const worst = hits.length >= limit ? hits[hits.length - 1] : undefined;
      if (worst && worst.score >= bound && index.newest(ordinal) < worst.doc.updatedAt) return;
      const entry = index.entry(ordinal);
      if (!entry || !passes(filter, entry.doc)) continue;
      const found = score(entry.forms, ordinal);
      if (found === null) continue;
      const hit = { doc: entry.doc, forms: entry.forms, score: found };
      if (Number.isFinite(limit)) insert(hits, hit, limit);
      else hits.push(hit);
    }
  };
  const [first] = words;
  if (words.length === 1 && first) take(anyOf(first), BEST, (forms) => (holds(first, forms) ? BEST : null));
  else if (first) {
    // Read whole unless it filled the hits: then no other is read, else every text holding a phrase is among them.
    const sideBySide = new Set<number>();
    take(anyOf(phrases), BEST, (forms, ordinal) => {
      if (!holds(phrases, forms) || !holdsEvery(words, forms)) return null;
      sideBySide.add(ordinal);
      return BEST;
    });
    const apart = (forms: Forms, ordinal: number) =>
      sideBySide.has(ordinal) || !holdsEvery(words, forms) ? null : APART;
    if (hits.length < limit) take(all(words.map(anyOf)), APART, apart);
  }
  if (!Number.isFinite(limit)) hits.sort(compareHits);
  return hits.map(({ doc, forms, score }) => ({ doc, score, ranges: rangesOf(words, forms) }));
}

/**
 * Inserts a hit in order, keeping at most `limit`. Candidates come newest
 * first, so a hit mostly belongs last: that is tried before a search.
 */
function insert(hits: Hit[], hit: Hit, limit: number): void {
  const last = hits[hits.length - 1];
  if (!last || compareHits(last, hit) <= 0) {
    if (hits.length < limit) hits.push(hit);
    return;
  }
  let low = 0;
  let high = hits.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareHits(hits[middle] as Hit, hit) <= 0) low = middle + 1;
    else high = middle;
  }
  hits.splice(low, 0, hit);
  if (hits.length > limit) hits.pop();
}
