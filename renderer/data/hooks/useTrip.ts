import type { RecordId, Trip } from '@shared/model';
import { getTrip } from '../records/trips';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live trip; undefined while loading, null when it does not exist or was deleted. */
export function useTrip(id: RecordId): Trip | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getTrip(db, id), [db, id]);
}
