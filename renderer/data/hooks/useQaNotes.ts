import type { QaNote, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listQaNotes } from '../records/qaNotes';
import { useStore } from './StoreContext';

/** A visit's Q&A notes in order; undefined while loading. */
export function useQaNotes(visitId: RecordId): QaNote[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listQaNotes(db, visitId), [db, visitId]);
}
