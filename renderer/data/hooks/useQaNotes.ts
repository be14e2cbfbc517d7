import type { QaNote, RecordId } from '@shared/model';
import { listQaNotes } from '../records/qaNotes';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** A visit's Q&A notes in order; undefined while loading. */
export function useQaNotes(visitId: RecordId): QaNote[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listQaNotes(db, visitId), [db, visitId]);
}
