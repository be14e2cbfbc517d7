import type { QaNote, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTripQaNotes } from '../records/qaNotes';
import { useStore } from './StoreContext';

/** All Q&A notes of a trip, for the coverage matrix; undefined while loading. */
export function useTripQaNotes(tripId: RecordId): QaNote[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listTripQaNotes(db, tripId), [db, tripId]);
}
