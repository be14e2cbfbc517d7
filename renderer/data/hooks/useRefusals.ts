import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getRefusals, type Refusals } from '../sync/refused';
import { useStore } from './StoreContext';

/** What the sync server refused of this device's changes to the trip and was undone here, until read. */
export function useRefusals(tripId: RecordId): Refusals | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getRefusals(db, tripId), [db, tripId]);
}
