import type { GlossaryTerm, RecordId } from '@shared/model';
import { SEARCHED_TABLES, type SearchedRecords, type SearchedTable, searchDocsOf } from '@shared/search/docs';
import { allOf, glossaryExpansion, placeExpansion } from '@shared/search/expansions';
import { type SearchDoc, type SearchFilter, type SearchHit, SearchIndex } from '@shared/search/index';
import type { FieldbookDB } from '../database/db';
import { onMutations } from '../database/mutations';
import { whenIdle } from './idle';
import { readCachedIndex, writeCachedIndex } from './searchCache';

const isSearched = (table: string): table is SearchedTable => (SEARCHED_TABLES as readonly string[]).includes(table);

/** Writes quiet this long before the index is written to the cache: never while one types. */
const SAVE_AFTER_MS = 10_000;
/**
 * Changes since the cache was written past which it is written again. Fewer
 * are folded again at the next start, from the records (a few milliseconds
 * for a few hundred notes), which costs less than writing the whole index.
 */
const SAVE_AT = 500;

/**
 * A trip's search index on this device: opened the first time a search is
 * asked for, or in idle time after the trip's first screen when a cache
 * holds it (tripSearches.ts), then kept up to date as writes commit,
 * whichever path wrote them (the notes' saves as typed, sync applying
 * others' changes, a file taken in): each record written is read again and
 * its texts put back, one record at a time, never the whole trip.
 *
 * Opening reads the trip's records (the truth, every time) and the index the
 * cache wrote before (searchCache.ts): the texts whose records are unchanged
 * keep their folds and lists, the others are folded again, and those gone
 * are dropped, so that what was written while the app was closed, by another
 * window or a crash before a write, is found exactly; with no cache, or one
 * refused, the index is built from the records and written in idle time.
 */
export class TripSearch {
  private index = new SearchIndex();
  private from: 'cache' | 'records' = 'records';
  /** Whether the cache holds this index, give or take the changes since it was written (index.unsaved). */
  private cached = false;
  private cancelSave: (() => void) | undefined;
  /** The records in the index, by table: a range deleted is told by its table alone. */
  private readonly held = new Map<SearchedTable, Set<string>>();
  /** The trip's glossary terms by id: a query's word finds the term's other forms too, as it finds a place's. */
  private readonly glossary = new Map<string, GlossaryTerm>();
  private expand: (word: string) => string[] = placeExpansion;
  private readonly stop: () => void;
  /** Records written while the index is being built: read again once it is. */
  private written: Map<SearchedTable, Set<unknown>> | null = new Map();
  readonly ready: Promise<void>;

  /** Told when the index has taken in a write: a search shown is run again. */
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly db: FieldbookDB,
    private readonly tripId: RecordId,
  ) {
    this.stop = onMutations(db, (mutated) => {
      const touched = new Map<SearchedTable, Set<unknown>>();
      for (const { table, keys } of mutated) {
        if (!isSearched(table)) continue;
        const set = touched.get(table) ?? new Set();
        // A range was deleted: every record of the table is read again.
        for (const key of keys ?? [null]) set.add(key);
        touched.set(table, set);
      }
      if (touched.size === 0) return;
      if (this.written) {
        for (const [table, keys] of touched)
          this.written.set(table, new Set([...(this.written.get(table) ?? []), ...keys]));
      } else void this.refresh(touched);
    });
    this.ready = this.open();
  }

  private async open(): Promise<void> {
    const [cached, docs] = await Promise.all([readCachedIndex(this.db, this.tripId), this.readTrip()]);
    const restored = cached === undefined ? null : SearchIndex.restore(cached, docs);
    if (restored) {
      this.index = restored;
      this.from = 'cache';
      this.cached = true;
    } else this.index.putMany(docs);
    this.expandByGlossary();
    const written = this.written ?? new Map();
    this.written = null;
    if (written.size > 0) await this.refresh(written);
    this.saveSoon();
  }

  /** The texts of every record of the trip, each record held, the glossary's terms too. */
  private async readTrip(): Promise<SearchDoc[]> {
    const tables = await Promise.all(
      SEARCHED_TABLES.map((table) => this.db.table(table).where('tripId').equals(this.tripId).toArray()),
    );
    const docs: SearchDoc[] = [];
    SEARCHED_TABLES.forEach((table, at) => {
      for (const row of tables[at] ?? []) {
        if (table === 'glossaryTerms') this.holdTerm(row);
        docs.push(...searchDocsOf(table, row));
        this.hold(table, row.id);
      }
    });
    return docs;
  }

  /**
   * Writes the index to the cache once writes have been quiet a while, in
   * idle time: when it was built from the records, or when enough changed.
   */
  private saveSoon(): void {
    if (this.cached && this.index.unsaved < SAVE_AT) return;
    this.cancelSave?.();
    this.cancelSave = whenIdle(() => void this.save(), SAVE_AFTER_MS);
  }

  /** Where the index came from when the search opened: the cache written before, or the records alone. */
  get source(): 'cache' | 'records' {
    return this.from;
  }

  /** Writes the index to the cache now. */
  async save(): Promise<void> {
    await this.ready;
    this.cancelSave?.();
    await writeCachedIndex(this.db, this.tripId, this.index.serialise());
    this.cached = true;
  }

  private putRecord<T extends SearchedTable>(table: T, row: SearchedRecords[T]) {
    if (table === 'glossaryTerms') this.holdTerm(row as GlossaryTerm);
    this.index.removeRecord(row.id);
    for (const doc of searchDocsOf(table, row)) this.index.put(doc);
    this.hold(table, row.id);
  }

  private hold(table: SearchedTable, id: string) {
    const held = this.held.get(table) ?? new Set();
    held.add(id);
    this.held.set(table, held);
  }

  private holdTerm(term: GlossaryTerm) {
    if (term.deletedAt === null) this.glossary.set(term.id, term);
    else this.glossary.delete(term.id);
  }

  /** Once the terms taken in are all held: a glossary of many terms is read once, not once per term. */
  private expandByGlossary() {
    this.expand = allOf(glossaryExpansion([...this.glossary.values()].map((one) => one.term)), placeExpansion);
  }

  private removeRecord(table: SearchedTable, id: string) {
    if (table === 'glossaryTerms') this.glossary.delete(id);
    this.index.removeRecord(id);
    this.held.get(table)?.delete(id);
  }

  private async refresh(touched: Map<SearchedTable, Set<unknown>>): Promise<void> {
    for (const [table, keys] of touched) {
      if (keys.has(null)) {
        const rows = await this.db.table(table).where('tripId').equals(this.tripId).toArray();
        const kept = new Set(rows.map((row: { id: string }) => row.id));
        for (const row of rows) this.putRecord(table, row);
        // Records gone from the table leave the index too (found by their docs' ids).
        for (const id of [...(this.held.get(table) ?? [])]) if (!kept.has(id)) this.removeRecord(table, id);
        continue;
      }
      const ids = [...keys].filter((key): key is string => typeof key === 'string');
      const rows = await this.db.table(table).bulkGet(ids);
      ids.forEach((id, at) => {
        const row = rows[at] as SearchedRecords[typeof table] | undefined;
        if (row && row.tripId === this.tripId) this.putRecord(table, row);
        else if (!row) this.removeRecord(table, id);
      });
    }
    if (touched.has('glossaryTerms')) this.expandByGlossary();
    for (const watcher of this.watchers) watcher();
    this.saveSoon();
  }

  /** Calls `watcher` whenever the index has taken in a write; answers how to stop. */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  async search(query: string, filter?: SearchFilter, limit = 50): Promise<SearchHit[]> {
    await this.ready;
    return this.index.search(query, { ...(filter ? { filter } : {}), limit, expand: this.expand });
  }

  dispose(): void {
    this.stop();
    this.cancelSave?.();
  }
}
