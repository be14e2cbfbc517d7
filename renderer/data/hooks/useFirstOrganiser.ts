import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { firstOrganiserOf } from '../sync/signatures';
import { useStore } from './StoreContext';

/** The member who published the trip, as this device knows it; null before it does, undefined while loading. */
export function useFirstOrganiser(tripId: RecordId): RecordId | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => firstOrganiserOf(db, tripId), [db, tripId]);
}
