import type { Trip } from '@shared/model';
import { listTrips } from '../records/tripList';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live list of trips; undefined while loading. */
export function useTrips(): Trip[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listTrips(db), [db]);
}
