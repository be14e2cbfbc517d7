import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import { whenIdle } from './idle';
import { hasCachedIndex, pruneCachedIndexes } from './searchCache';
import { TripSearch } from './tripSearch';

/** After this long, the trip's first screen has done its own reads: a search opened then does not slow it. */
const WARM_AFTER_MS = 1_500;

const opened = new WeakMap<FieldbookDB, Map<RecordId, TripSearch>>();
/** The databases whose cache was rid of deleted trips' indexes this session: once is enough. */
const pruned = new WeakSet<FieldbookDB>();

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

/**
 * Opens the trip's search in idle time after its first screen when the
 * cache holds its index, so that the first search answers at once; without
 * a cache nothing is done until a search is asked for (a build is long work
 * the screen should not share its start with). The first time in a session,
 * the cache also lets go of deleted trips' indexes. Answers how to cancel.
 */
export function warmTripSearch(db: FieldbookDB, tripId: RecordId): () => void {
  let cancelled = false;
  const cancel = whenIdle(() => {
    void hasCachedIndex(db, tripId).then((cached) => {
      if (cached && !cancelled) void tripSearchOf(db, tripId).ready;
    });
    if (!pruned.has(db)) {
      pruned.add(db);
      void pruneCachedIndexes(db);
    }
  }, WARM_AFTER_MS);
  return () => {
    cancelled = true;
    cancel();
  };
}
