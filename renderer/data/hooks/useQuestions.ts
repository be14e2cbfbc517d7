import type { ChecklistQuestion, RecordId } from '@shared/model';
import { listQuestions } from '../records/checklistQuestions';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** The trip's checklist in order, retired questions included; undefined while loading. */
export function useQuestions(tripId: RecordId): ChecklistQuestion[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listQuestions(db, tripId), [db, tripId]);
}
