import type { RecordId } from '@shared/model';
import { firstOrganiserOf } from '../sync/signatures';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** The member who published the trip, as this device knows it; null before it does, undefined while loading. */
export function useFirstOrganiser(tripId: RecordId): RecordId | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => firstOrganiserOf(db, tripId), [db, tripId]);
}
