import { formsOf } from './forms';
import { Postings } from './postings';
import { parseQuery } from './query';
import { type Entry, type Readable, readHits } from './read';
import { restoredTexts, type SerialisedIndex, serialisedTexts } from './serialised';
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
 * them (read.ts). A text is numbered as it is added (an edited note is the
 * newest, so the order holds); a removed or replaced text leaves a gap. When
 * more than half are gaps, or many texts came in out of order (a first build
 * table by table, a sync bringing older changes), the live texts are
 * numbered again, oldest first: the first search after such a build pays for
 * it once. A full build and a renumbering freeze the lists (keyed.ts), and
 * the index can be written to a cache and restored from it (serialised.ts).
 */
export class SearchIndex {
  #entries: Array<Entry | undefined> = [];
  /** The newest updatedAt among texts numbered up to each number: where a newest-first read may stop. */
  #newest: number[] = [];
  readonly #byId = new Map<string, number>();
  readonly #byRecord = new Map<string, Set<string>>();
  readonly #plain = new Postings();
  readonly #names = new Postings();
  /** Texts added older than one numbered before them. */
  #disorder = 0;
  /** Texts put or removed since the index was serialised or restored. */
  #unsaved = 0;
  readonly #reader: Readable = {
    top: () => this.#entries.length - 1,
    entry: (ordinal) => this.#entries[ordinal],
    newest: (ordinal) => this.#newest[ordinal] ?? Number.NEGATIVE_INFINITY,
    candidates: ({ text, names }) => (names ? this.#names : this.#plain).candidates(text),
  };

  /** Adds a text, or replaces the text of the same id (one edited note is indexed again alone). */
  put(doc: SearchDoc): void {
    this.#unsaved += 1;
    this.#drop(doc.id);
    this.#add({ doc, forms: formsOf(doc.text, doc.names === true) });
    this.#compactIfSparse();
  }

  /** Adds or replaces many texts, numbered oldest first (for fast newest-first reads), their lists frozen. */
  putMany(docs: Iterable<SearchDoc>): void {
    this.#putSorted([...docs]);
    this.#compactIfSparse();
    this.#freeze();
  }

  remove(id: string): void {
    if (this.#byId.has(id)) this.#unsaved += 1;
    this.#drop(id);
    this.#compactIfSparse();
  }

  removeRecord(recordId: string): void {
    const ids = [...(this.#byRecord.get(recordId) ?? [])];
    this.#unsaved += ids.length;
    for (const id of ids) this.#drop(id);
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
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (parsed.words.length === 0 || limit <= 0) return [];
    if (this.#disorder > Math.max(1024, this.#byId.size / 4)) this.#renumber();
    return readHits(this.#reader, parsed, options.filter, limit);
  }

  /** Texts put or removed since the index was serialised or restored: what a cache written now would add. */
  get unsaved(): number {
    return this.#unsaved;
  }

  /** The index as the cache keeps it (serialised.ts), its lists frozen first. */
  serialise(): SerialisedIndex {
    const [plainPostings, namesPostings] = this.#freeze();
    this.#unsaved = 0;
    return { ...serialisedTexts(this.#entries), plainPostings, namesPostings };
  }

  /**
   * An index holding exactly `docs` (the trip's texts as its records give
   * them now), taking from a cache the folds and lists of every text it
   * holds unchanged and folding the others; null when the cache is of
   * another format or not sound.
   */
  static restore(serialised: unknown, docs: Iterable<SearchDoc>): SearchIndex | null {
    const restored = restoredTexts(serialised, docs);
    if (!restored) return null;
    const { cache, entries, fresh, gone } = restored;
    const index = new SearchIndex();
    for (const entry of entries) index.#place(entry);
    if (
      !index.#plain.thaw(cache.plainPostings, entries.length) ||
      !index.#names.thaw(cache.namesPostings, entries.length)
    )
      return null;
    // A text gone is one removal; a changed one is counted as it is put again.
    index.#unsaved = gone;
    index.#putSorted(fresh);
    index.#compactIfSparse();
    return index;
  }

  #putSorted(docs: SearchDoc[]): void {
    for (const doc of docs.sort((a, b) => a.updatedAt - b.updatedAt)) {
      this.#unsaved += 1;
      this.#drop(doc.id);
      this.#add({ doc, forms: formsOf(doc.text, doc.names === true) });
    }
  }

  #add(entry: Entry): void {
    const ordinal = this.#entries.length;
    this.#place(entry);
    this.#plain.add(ordinal, entry.forms.plain);
    if (entry.forms.names) this.#names.add(ordinal, entry.forms.names.text);
  }

  /** Numbers a text (or a gap) next, without its lists. */
  #place(entry: Entry | undefined): void {
    const ordinal = this.#entries.length;
    this.#entries.push(entry);
    const before = this.#newest[ordinal - 1] ?? Number.NEGATIVE_INFINITY;
    if (!entry) {
      this.#newest.push(before);
      return;
    }
    const { doc } = entry;
    if (doc.updatedAt < before) this.#disorder += 1;
    this.#newest.push(Math.max(before, doc.updatedAt));
    this.#byId.set(doc.id, ordinal);
    let ids = this.#byRecord.get(doc.recordId);
    if (!ids) {
      ids = new Set();
      this.#byRecord.set(doc.recordId, ids);
    }
    ids.add(doc.id);
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

  #freeze() {
    return [this.#plain.freeze(), this.#names.freeze()] as const;
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
    for (const entry of live) this.#add(entry);
    this.#freeze();
  }
}
