import type { Forms } from './forms';
import { originalRange } from './normalize';
import type { Alternative, Query, Word } from './query';
import type { SearchDoc, SearchFilter, SearchHit } from './types';

// Whether a text holds a query, how well, and where: each word and each phrase found by a substring test in the
// text's folds (forms.ts). The index and the naive scan both decide by these alone.

/**
 * Whether a names match [start, end) touches a name: outside one, the names
 * fold is not what the reader wrote (까지 there is no 카지).
 */
function touchesName(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [from, to] of spans) if (start < to && from < end) return true;
  return false;
}

/** Whether a text holds an alternative; as a test of every candidate, it finds the first occurrence only. */
function holdsOne({ text, names: asName }: Alternative, forms: Forms): boolean {
  if (!asName) return forms.plain.includes(text);
  const { names } = forms;
  if (!names) return false;
  for (let at = names.text.indexOf(text); at >= 0; at = names.text.indexOf(text, at + 1)) {
    if (touchesName(names.spans, at, at + text.length)) return true;
  }
  return false;
}

/** Whether a text holds any of the alternatives. */
export function holds(word: readonly Alternative[], forms: Forms): boolean {
  for (const alternative of word) if (holdsOne(alternative, forms)) return true;
  return false;
}

/** Whether a text holds every word. */
export function holdsEvery(words: readonly Word[], forms: Forms): boolean {
  for (const word of words) if (!holds(word, forms)) return false;
  return true;
}

/** How well a text holding every word ranks: one word, or the words side by side (a phrase), first. */
export const BEST = 1;
/** Every word held, not side by side. */
export const APART = 0.5;

/** The score of a text that holds every word of the query, or null when it misses one. */
export function evaluate({ words, phrases }: Query, forms: Forms): number | null {
  if (!holdsEvery(words, forms)) return null;
  return words.length === 1 || holds(phrases, forms) ? BEST : APART;
}

/** Appends each occurrence of an alternative, as original start and end, in order. */
function occurrences({ text, names: asName }: Alternative, forms: Forms, into: number[]): void {
  const names = asName ? forms.names : null;
  if (asName && !names) return;
  const folded = names ? names.text : forms.plain;
  const origin = names ? names.origin : forms.plainOrigin;
  for (let at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) {
    const end = at + text.length;
    if (names && !touchesName(names.spans, at, end)) continue;
    if (!origin) into.push(at, end);
    else {
      const [from, to] = originalRange(origin, at, end);
      into.push(from, to);
    }
  }
}

/** Past this many matches in one text, they are put in order by a sort: insertion costs the square of their number. */
const INSERTED_AT_MOST = 32;

/** (start, end) pairs in a flat list put in order of start, in place. */
function inOrder(found: number[]): void {
  if (found.length > 2 * INSERTED_AT_MOST) {
    const pairs = Array.from({ length: found.length / 2 }, (_, at) => [found[2 * at] ?? 0, found[2 * at + 1] ?? 0]);
    pairs.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    pairs.forEach(([start, end], at) => {
      found[2 * at] = start ?? 0;
      found[2 * at + 1] = end ?? 0;
    });
    return;
  }
  for (let at = 2; at < found.length; at += 2) {
    const start = found[at] as number;
    const end = found[at + 1] as number;
    let to = at;
    for (; to > 0 && (found[to - 2] as number) > start; to -= 2) {
      found[to] = found[to - 2] as number;
      found[to + 1] = found[to - 1] as number;
    }
    found[to] = start;
    found[to + 1] = end;
  }
}

/**
 * Where the words stand in the original, overlapping and touching stretches joined, for highlighting.
 * Every occurrence goes into one flat list of (start, end) pairs, put in order (a text mostly holds its
 * query's words a few times), then joined: no list per alternative to merge.
 */
export function rangesOf(words: readonly Word[], forms: Forms): [number, number][] {
  const found: number[] = [];
  for (const word of words) for (const alternative of word) occurrences(alternative, forms, found);
  inOrder(found);
  const merged: [number, number][] = [];
  for (let at = 0; at < found.length; at += 2) {
    const start = found[at] as number;
    const end = found[at + 1] as number;
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function passes(filter: SearchFilter | undefined, doc: SearchDoc): boolean {
  if (!filter) return true;
  if (filter.kinds && !filter.kinds.includes(doc.kind)) return false;
  if (filter.visitId !== undefined && doc.visitId !== filter.visitId) return false;
  if (filter.questionId !== undefined && doc.questionId !== filter.questionId) return false;
  if (filter.memberId !== undefined && doc.memberId !== filter.memberId) return false;
  return true;
}

/** The order of hits: closest words first, then the most recently changed, then by id so that it is total. */
export function compareHits(a: Pick<SearchHit, 'doc' | 'score'>, b: Pick<SearchHit, 'doc' | 'score'>): number {
  return (
    b.score - a.score || b.doc.updatedAt - a.doc.updatedAt || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0)
  );
}
