import type { Minutes, RecordId } from '@shared/model';
import { getMinutes } from '../records/minutes';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** A visit's minutes; undefined while loading, null before anyone has written them. */
export function useMinutes(visitId: RecordId): Minutes | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getMinutes(db, visitId), [db, visitId]);
}
