import type { ChecklistAnswer, RecordId } from '@shared/model';
import { listVisitAnswers } from '../records/checklistAnswers';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** All members' answers at a visit; undefined while loading. */
export function useVisitAnswers(visitId: RecordId): ChecklistAnswer[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listVisitAnswers(db, visitId), [db, visitId]);
}
