import type { GlossaryTerm, RecordId } from '@shared/model';
import { SEARCHED_TABLES, type SearchedRecords, type SearchedTable, searchDocsOf } from '@shared/search/docs';
import { allOf, glossaryExpansion, placeExpansion } from '@shared/search/expansions';
import { type SearchFilter, type SearchHit, SearchIndex } from '@shared/search/index';
import type { FieldbookDB } from '../database/db';
import { onMutations } from '../database/mutations';

const isSearched = (table: string): table is SearchedTable => (SEARCHED_TABLES as readonly string[]).includes(table);

/**
 * A trip's search index on this device: built from the trip's records the
 * first time a search is asked for (never at start: the first screen does
 * not wait for it), then kept up to date as writes commit, whichever path
 * wrote them (the notes' saves as typed, sync applying others' changes, a
 * file taken in): each record written is read again and its texts put back,
 * one record at a time, never the whole trip.
 */
export class TripSearch {
  private readonly index = new SearchIndex();
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
    this.ready = this.build();
  }

  private async build(): Promise<void> {
    const docs = [];
    for (const table of SEARCHED_TABLES) {
      const rows = await this.db.table(table).where('tripId').equals(this.tripId).toArray();
      for (const row of rows) {
        if (table === 'glossaryTerms') this.holdTerm(row);
        docs.push(...searchDocsOf(table, row));
        this.hold(table, row.id);
      }
    }
    // All at once: the index numbers its texts oldest first, as a search ranks them.
    this.index.putMany(docs);
    this.expandByGlossary();
    const written = this.written ?? new Map();
    this.written = null;
    if (written.size > 0) await this.refresh(written);
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
  }
}

const opened = new WeakMap<FieldbookDB, Map<RecordId, TripSearch>>();

/**
 * The trip's search on this device, made the first time it is asked for and
 * kept for the session: closing and opening the search again rebuilds
 * nothing.
 */
export function tripSearchOf(db: FieldbookDB, tripId: RecordId): TripSearch {
  let trips = opened.get(db);
  if (!trips) {
    trips = new Map();
    opened.set(db, trips);
  }
  let search = trips.get(tripId);
  if (!search) {
    search = new TripSearch(db, tripId);
    trips.set(tripId, search);
  }
  return search;
}
