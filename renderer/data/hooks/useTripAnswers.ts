import type { ChecklistAnswer, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTripAnswers } from '../records/checklistAnswers';
import { useStore } from './StoreContext';

/** All answers of a trip, for the coverage matrix; undefined while loading. */
export function useTripAnswers(tripId: RecordId): ChecklistAnswer[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listTripAnswers(db, tripId), [db, tripId]);
}
