import type { RecordId } from '@shared/model';
import type { SerialisedIndex } from '@shared/search/serialised';
import { Dexie, type Table } from 'dexie';
import type { FieldbookDB } from '../database/db';

interface CachedIndex {
  tripId: RecordId;
  /** As some version of the app wrote it: SearchIndex.restore checks it before taking anything. */
  index: unknown;
}

/**
 * Each trip's search index as last written, in a database of its own beside
 * the app's (`fieldbook-search` beside `fieldbook`): derived data, which the
 * app's schema steps never carry, sync never sees, and which may be lost at
 * any time; the index is then built from the records again. So a cache that
 * cannot be opened, read or written is as good as none, never an error.
 */
class SearchCache extends Dexie {
  indexes!: Table<CachedIndex, RecordId>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ indexes: 'tripId' });
  }
}

/** Opens the cache for one use and closes it after: no connection outlives the app's or blocks a deletion. */
async function withCache<T>(db: FieldbookDB, use: (cache: SearchCache) => Promise<T>, otherwise: T): Promise<T> {
  const cache = new SearchCache(`${db.name}-search`);
  try {
    return await use(cache);
  } catch {
    return otherwise;
  } finally {
    cache.close();
  }
}

/** The trip's index as the cache holds it, unchecked; undefined when there is none. */
export function readCachedIndex(db: FieldbookDB, tripId: RecordId): Promise<unknown> {
  return withCache(db, async (cache) => (await cache.indexes.get(tripId))?.index, undefined);
}

/** Whether the cache holds an index of the trip, without reading it. */
export function hasCachedIndex(db: FieldbookDB, tripId: RecordId): Promise<boolean> {
  return withCache(db, async (cache) => (await cache.indexes.where('tripId').equals(tripId).count()) > 0, false);
}

export function writeCachedIndex(db: FieldbookDB, tripId: RecordId, index: SerialisedIndex): Promise<void> {
  return withCache(
    db,
    async (cache) => {
      await cache.indexes.put({ tripId, index });
    },
    undefined,
  );
}

/**
 * Drops the indexes of trips this device no longer holds alive (deleted, or
 * never kept): nobody will search them again, and a trip's index takes
 * megabytes. Answers how many went. The trips are read by key alone, never
 * the indexes themselves.
 */
export async function pruneCachedIndexes(db: FieldbookDB): Promise<number> {
  const live = new Set((await db.trips.toArray()).filter((trip) => trip.deletedAt === null).map((trip) => trip.id));
  return withCache(
    db,
    async (cache) => {
      const gone = (await cache.indexes.toCollection().primaryKeys()).filter((tripId) => !live.has(tripId));
      await cache.indexes.bulkDelete(gone);
      return gone.length;
    },
    0,
  );
}
