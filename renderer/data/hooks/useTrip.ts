import type { RecordId, Trip } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getTrip } from '../records/trips';
import { useStore } from './StoreContext';

/** Live trip; undefined while loading, null when it does not exist or was deleted. */
export function useTrip(id: RecordId): Trip | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getTrip(db, id), [db, id]);
}
