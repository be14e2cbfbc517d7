import type { ChecklistAnswer, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listVisitAnswers } from '../records/checklistAnswers';
import { useStore } from './StoreContext';

/** All members' answers at a visit; undefined while loading. */
export function useVisitAnswers(visitId: RecordId): ChecklistAnswer[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listVisitAnswers(db, visitId), [db, visitId]);
}
