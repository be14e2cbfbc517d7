import type { Member, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getMember } from '../records/members';
import { useStore } from './StoreContext';

/** Live member; undefined while loading, null when absent or removed. */
export function useMember(id: RecordId): Member | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getMember(db, id), [db, id]);
}
