import type { Member, RecordId } from '@shared/model';
import { listMembers } from '../records/members';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live roster of a trip; undefined while loading. */
export function useMembers(tripId: RecordId): Member[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listMembers(db, tripId), [db, tripId]);
}
