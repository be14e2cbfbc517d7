import type { Trip } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTrips } from '../records/tripList';
import { useStore } from './StoreContext';

/** Live list of trips; undefined while loading. */
export function useTrips(): Trip[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listTrips(db), [db]);
}
