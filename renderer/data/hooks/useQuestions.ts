import type { ChecklistQuestion, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listQuestions } from '../records/checklistQuestions';
import { useStore } from './StoreContext';

/** The trip's checklist in order, retired questions included; undefined while loading. */
export function useQuestions(tripId: RecordId): ChecklistQuestion[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listQuestions(db, tripId), [db, tripId]);
}
