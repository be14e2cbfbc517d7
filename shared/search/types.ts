/** What a searchable text belongs to: the kind of record, for the results' labels and the filter. */
export type SearchKind =
  | 'answer'
  | 'minutes'
  | 'qaNote'
  | 'reportNote'
  | 'item'
  | 'host'
  | 'person'
  | 'member'
  | 'glossary'
  | 'attachment';

/** One searchable text: a field of a record, in one language (the original or a translation). */
export interface SearchDoc {
  /** Unique per searchable text (e.g. `${table}:${recordId}:${field}`). */
  id: string;
  /** The record it belongs to (several docs may share one). */
  recordId: string;
  kind: SearchKind;
  /** The plain text as stored (original or a translation). */
  text: string;
  lang?: 'ko' | 'ja' | 'en';
  /** A Japanese name or place: its Hangul spellings are folded (names.ts). */
  names?: boolean;
  visitId?: string | null;
  questionId?: string | null;
  memberId?: string | null;
  /** Milliseconds, for ranking by recency. */
  updatedAt: number;
}

export interface SearchHit {
  doc: SearchDoc;
  /** Higher is better: 1 for a one-word query or for words side by side (the query as a phrase); 0.5 for words apart. */
  score: number;
  /** In doc.text, original indices, sorted and not overlapping, for highlighting. */
  ranges: [start: number, end: number][];
}

export interface SearchFilter {
  kinds?: SearchKind[];
  visitId?: string;
  questionId?: string;
  memberId?: string;
}

export interface SearchOptions {
  filter?: SearchFilter;
  /** At most this many hits, the best first; all of them when not given. */
  limit?: number;
  /** Other words a word may be found as (from the glossary: 科学技術庁 ↔ 과학기술청), given the word as typed. */
  expand?: (word: string) => string[];
}
