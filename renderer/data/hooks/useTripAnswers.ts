import type { ChecklistAnswer, RecordId } from '@shared/model';
import { listTripAnswers } from '../records/checklistAnswers';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** All answers of a trip, for the coverage matrix; undefined while loading. */
export function useTripAnswers(tripId: RecordId): ChecklistAnswer[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listTripAnswers(db, tripId), [db, tripId]);
}
