import type { Trip } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../StoreContext';
import { listTrips } from '../trips';

/** Live list of trips; undefined while loading. */
export function useTrips(): Trip[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listTrips(db), [db]);
}
