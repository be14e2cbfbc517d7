import type { Minutes, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getMinutes } from '../records/minutes';
import { useStore } from './StoreContext';

/** A visit's minutes; undefined while loading, null before anyone has written them. */
export function useMinutes(visitId: RecordId): Minutes | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getMinutes(db, visitId), [db, visitId]);
}
