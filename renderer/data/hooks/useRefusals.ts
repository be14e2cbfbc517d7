import type { RecordId } from '@shared/model';
import { getRefusals, type Refusals } from '../sync/refused';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** What the sync server refused of this device's changes to the trip and was undone here, until read. */
export function useRefusals(tripId: RecordId): Refusals | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getRefusals(db, tripId), [db, tripId]);
}
