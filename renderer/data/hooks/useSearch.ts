import type { RecordId } from '@shared/model';
import type { SearchFilter, SearchHit } from '@shared/search/index';
import { useEffect, useState } from 'react';
import { tripSearchOf } from '../search/tripSearches';
import { useStore } from './StoreContext';

/**
 * The hits of a search of the trip, as one types and as writes come in (the
 * index follows them); null while the index is first built. An empty query
 * finds nothing.
 */
export function useSearch(tripId: RecordId, query: string, filter: SearchFilter, limit = 50): SearchHit[] | null {
  const { db } = useStore();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    const search = tripSearchOf(db, tripId);
    let current = true;
    const run = () =>
      void search.search(query, JSON.parse(filterKey) as SearchFilter, limit).then((found) => {
        if (current) setHits(found);
      });
    run();
    const stop = search.watch(run);
    return () => {
      current = false;
      stop();
    };
  }, [db, tripId, query, filterKey, limit]);
  return hits;
}
