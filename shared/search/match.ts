import type { Forms } from './forms';
import { plainRange } from './forms';
import { originalRange } from './normalize';
import type { Alternative, Query, Word } from './query';
import type { SearchDoc, SearchFilter, SearchHit } from './types';

// Whether a text holds a query, how well, and where: each word and each phrase found by a substring test in the
// text's folds (forms.ts). The index and the naive scan both decide by these alone.

/** Calls `found` with each occurrence of an alternative, as original [start, end); stops when it returns true. */
function each(alternative: Alternative, forms: Forms, found: (start: number, end: number) => boolean): void {
  const { text } = alternative;
  if (!alternative.names) {
    for (let at = forms.plain.indexOf(text); at >= 0; at = forms.plain.indexOf(text, at + 1)) {
      const [start, end] = plainRange(forms, at, at + text.length);
      if (found(start, end)) return;
    }
    return;
  }
  const { names } = forms;
  if (!names) return;
  for (let at = names.text.indexOf(text); at >= 0; at = names.text.indexOf(text, at + 1)) {
    const end = at + text.length;
    // Outside a name the names fold is not what the reader wrote: 까지 there is no 카지.
    if (!names.spans.some(([from, to]) => at < to && from < end)) continue;
    const [start, stop] = originalRange(names.origin, at, end);
    if (found(start, stop)) return;
  }
}

/** Whether a text holds any of the alternatives. */
export function holds(word: readonly Alternative[], forms: Forms): boolean {
  let held = false;
  for (const alternative of word) {
    each(alternative, forms, () => {
      held = true;
      return true;
    });
    if (held) return true;
  }
  return false;
}

/** How well a text holding every word ranks: one word, or the words side by side (a phrase), first. */
export const BEST = 1;
/** Every word held, not side by side. */
export const APART = 0.5;

/** The score of a text that holds every word of the query, or null when it misses one. */
export function evaluate({ words, phrases }: Query, forms: Forms): number | null {
  if (!words.every((word) => holds(word, forms))) return null;
  return words.length === 1 || holds(phrases, forms) ? BEST : APART;
}

/** Where the words stand in the original, merged, for highlighting. */
export function rangesOf(words: readonly Word[], forms: Forms): [number, number][] {
  const all: [number, number][] = [];
  for (const alternative of words.flat()) {
    each(alternative, forms, (start, end) => {
      all.push([start, end]);
      return false;
    });
  }
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of all) {
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
