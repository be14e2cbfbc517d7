import { type Forms, formsOf } from './forms';
import { APART, BEST, compareHits, evaluate, holds, passes, rangesOf } from './match';
import { contains, Postings } from './postings';
import { type Alternative, parseQuery } from './query';
import type { SearchDoc, SearchHit, SearchOptions } from './types';

export type { SearchDoc, SearchFilter, SearchHit, SearchKind, SearchOptions } from './types';

/**
 * Search across all of a trip's texts at once, in Korean, Japanese and
 * English, with the semantics of a substring search over folded text
 * (normalize.ts, names.ts): 대학 finds 지방대학의, 科学技術 finds 科学技術庁,
 * and no text that holds the query is ever missing.
 *
 * Why our own index. MiniSearch (7.x) splits text on spaces and punctuation
 * (\p{Z}\p{P}), so a Japanese sentence or a Korean word with its particle is
 * one term, found by the whole term, a prefix or a fuzzy match, never from
 * its middle (연구 does not find 공동연구소); FlexSearch (0.8) has a CJK
 * charset that indexes single characters, which finds texts holding the
 * characters of 科学技術 anywhere and in any order, and a "full" tokenizer
 * that indexes every substring of every term (memory by the square of a
 * term's length, and a Japanese term is a sentence); Orama (3.x) tokenizes
 * Japanese and Mandarin by Intl.Segmenter's words (its Korean tokenizer is
 * experimental), so a query must fall on the segmenter's word boundaries;
 * Lunr (2.x) splits on spaces, reaches Japanese through lunr-languages'
 * TinySegmenter, and its index cannot change once built (one edited note
 * means rebuilding everything). Each ranks by term statistics (BM25 or the
 * like), and none gives an exact substring answer to check against or the
 * positions to highlight in the original. What search needs here, exact
 * substrings over folded text, is an inverted index of character bigrams
 * with every candidate checked, which is small enough to own (postings.ts),
 * and no library's ranking would be used.
 *
 * How hits rank: a text where the words stand side by side (the query as a
 * phrase, query.ts) before one that holds them apart, then the most recently
 * changed first. Two ranks, not the characters between the words: ranking
 * by distance must measure it in every text that holds the words, which for
 * common words is most of the trip, so a query would cost what the naive
 * scan does (measured so in bench/search.bench.ts before this rule).
 *
 * Texts are numbered oldest first, so that a query reads its candidates
 * newest first and stops once the hits are full and no older text can enter
 * them: first the phrase's candidates, then, if they do not fill the hits,
 * every text holding the words. A text is numbered as it is added (an edited
 * note is the newest, so the order holds); a removed or replaced text leaves
 * a gap. When more than half are gaps, or many texts came in out of order (a
 * first build table by table, a sync bringing older changes), the live texts
 * are numbered again, oldest first: the first search after such a build pays
 * for it once.
 */
export class SearchIndex {
  #entries: Array<{ doc: SearchDoc; forms: Forms } | undefined> = [];
  /** The newest updatedAt among texts numbered up to each number: where a newest-first read may stop. */
  #newest: number[] = [];
  readonly #byId = new Map<string, number>();
  readonly #byRecord = new Map<string, Set<string>>();
  readonly #plain = new Postings();
  readonly #names = new Postings();
  /** Texts added older than one numbered before them. */
  #disorder = 0;

  /** Adds a text, or replaces the text of the same id (one edited note is indexed again alone). */
  put(doc: SearchDoc): void {
    this.#drop(doc.id);
    this.#add(doc, formsOf(doc.text, doc.names === true));
    this.#compactIfSparse();
  }

  /** Adds or replaces many texts, numbered oldest first (for fast newest-first reads). */
  putMany(docs: Iterable<SearchDoc>): void {
    const sorted = [...docs].sort((a, b) => a.updatedAt - b.updatedAt);
    for (const doc of sorted) {
      this.#drop(doc.id);
      this.#add(doc, formsOf(doc.text, doc.names === true));
    }
    this.#compactIfSparse();
  }

  remove(id: string): void {
    this.#drop(id);
    this.#compactIfSparse();
  }

  removeRecord(recordId: string): void {
    for (const id of [...(this.#byRecord.get(recordId) ?? [])]) this.#drop(id);
    this.#compactIfSparse();
  }

  get size(): number {
    return this.#byId.size;
  }

  /** How many (bigram or character, text) entries the index keeps. */
  get postings(): number {
    return this.#plain.entries + this.#names.entries;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const parsed = parseQuery(query, options.expand);
    const { words } = parsed;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (words.length === 0 || limit <= 0) return [];
    if (this.#disorder > Math.max(1024, this.#byId.size / 4)) this.#renumber();
    const hits: Array<{ doc: SearchDoc; forms: Forms; score: number }> = [];
    const seen = new Set<number>();
    const worst = () => (hits.length >= limit ? hits[hits.length - 1] : undefined);
    /**
     * Reads a list of candidates newest first, each checked against the
     * other lists, then by substring. It stops once the hits are full and
     * no older text can enter them: they all score `bound`, the most a text
     * read from here may, and are newer.
     */
    const read = (
      lists: ReadonlyArray<readonly number[]> | null,
      bound: number,
      fits: (ordinal: number) => boolean,
    ) => {
      const [shortest, ...rest] = lists ?? [];
      for (let at = (shortest?.length ?? 0) - 1; at >= 0; at -= 1) {
        const ordinal = shortest?.[at] ?? 0;
        const last = worst();
        if (last && last.score >= bound && (this.#newest[ordinal] ?? 0) < last.doc.updatedAt) return;
        if (seen.has(ordinal) || !rest.every((list) => contains(list, ordinal)) || !fits(ordinal)) continue;
        seen.add(ordinal);
        const entry = this.#entries[ordinal];
        if (!entry || !passes(options.filter, entry.doc)) continue;
        const score = evaluate(parsed, entry.forms);
        if (score === null) continue;
        if (Number.isFinite(limit)) insert(hits, { ...entry, score }, limit);
        else hits.push({ ...entry, score });
      }
    };
    // First the texts where the words stand side by side, which rank first: when they fill the hits, no other is read.
    // A candidate without the phrase is left to be read with the rest.
    for (const phrase of parsed.phrases) {
      const entries = this.#entries;
      read(this.#listsOf(phrase), BEST, (ordinal) => {
        const entry = entries[ordinal];
        return entry !== undefined && holds([phrase], entry.forms);
      });
    }
    const full = worst();
    if (!full || full.score < BEST) {
      // Then every text holding the words, by the word with the fewest candidates; all the phrases' are read.
      const lists = words.map((word) => word.map((alternative) => this.#listsOf(alternative)));
      const counts = lists.map((word) => word.reduce((sum, alternative) => sum + (alternative?.[0]?.length ?? 0), 0));
      const driver = counts.indexOf(Math.min(...counts));
      const others = lists.filter((_, index) => index !== driver);
      const holdsOthers = (ordinal: number) =>
        others.every((word) => word.some((alternative) => alternative?.every((list) => contains(list, ordinal))));
      for (const alternative of lists[driver] ?? []) read(alternative, words.length === 1 ? BEST : APART, holdsOthers);
    }
    if (!Number.isFinite(limit)) hits.sort(compareHits);
    return hits.map(({ doc, forms, score }) => ({ doc, score, ranges: rangesOf(words, forms) }));
  }

  #listsOf(alternative: Alternative) {
    return (alternative.names ? this.#names : this.#plain).lists(alternative.text);
  }

  #add(doc: SearchDoc, forms: Forms): void {
    const ordinal = this.#entries.length;
    this.#entries.push({ doc, forms });
    const before = this.#newest[ordinal - 1] ?? Number.NEGATIVE_INFINITY;
    if (doc.updatedAt < before) this.#disorder += 1;
    this.#newest.push(Math.max(before, doc.updatedAt));
    this.#byId.set(doc.id, ordinal);
    let ids = this.#byRecord.get(doc.recordId);
    if (!ids) {
      ids = new Set();
      this.#byRecord.set(doc.recordId, ids);
    }
    ids.add(doc.id);
    this.#plain.add(ordinal, forms.plain);
    if (forms.names) this.#names.add(ordinal, forms.names.text);
  }

  #drop(id: string): void {
    const ordinal = this.#byId.get(id);
    if (ordinal === undefined) return;
    const entry = this.#entries[ordinal];
    this.#entries[ordinal] = undefined;
    this.#byId.delete(id);
    if (!entry) return;
    const ids = this.#byRecord.get(entry.doc.recordId);
    ids?.delete(id);
    if (ids?.size === 0) this.#byRecord.delete(entry.doc.recordId);
  }

  /** Gaps cost a look-up each in every list they stay in: past half, number the live texts again. */
  #compactIfSparse(): void {
    const gaps = this.#entries.length - this.#byId.size;
    if (gaps >= 1024 && gaps > this.#byId.size) this.#renumber();
  }

  #renumber(): void {
    const live = this.#entries.filter((entry) => entry !== undefined).sort((a, b) => a.doc.updatedAt - b.doc.updatedAt);
    this.#entries = [];
    this.#newest = [];
    this.#byId.clear();
    this.#byRecord.clear();
    this.#plain.clear();
    this.#names.clear();
    this.#disorder = 0;
    for (const { doc, forms } of live) this.#add(doc, forms);
  }
}

/** Inserts a hit in order, keeping at most `limit`. */
function insert<T extends Pick<SearchHit, 'doc' | 'score'>>(hits: T[], hit: T, limit: number): void {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareHits(hits[middle] as T, hit) <= 0) low = middle + 1;
    else high = middle;
  }
  if (low >= limit) return;
  hits.splice(low, 0, hit);
  if (hits.length > limit) hits.pop();
}
