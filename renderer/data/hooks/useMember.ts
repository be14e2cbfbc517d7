import type { Member, RecordId } from '@shared/model';
import { getMember } from '../records/members';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live member; undefined while loading, null when absent or removed. */
export function useMember(id: RecordId): Member | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getMember(db, id), [db, id]);
}
