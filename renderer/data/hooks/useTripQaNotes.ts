import type { QaNote, RecordId } from '@shared/model';
import { listTripQaNotes } from '../records/qaNotes';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** All Q&A notes of a trip, for the coverage matrix; undefined while loading. */
export function useTripQaNotes(tripId: RecordId): QaNote[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listTripQaNotes(db, tripId), [db, tripId]);
}
