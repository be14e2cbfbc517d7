import type { Member, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listMembers } from '../records/members';
import { useStore } from './StoreContext';

/** Live roster of a trip; undefined while loading. */
export function useMembers(tripId: RecordId): Member[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listMembers(db, tripId), [db, tripId]);
}
