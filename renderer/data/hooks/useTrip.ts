import type { RecordId, Trip } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../StoreContext';
import { getTrip } from '../trips';

/** Live trip; undefined while loading, null when it does not exist or was deleted. */
export function useTrip(id: RecordId): Trip | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getTrip(db, id), [db, id]);
}
