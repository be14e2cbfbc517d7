import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { countMembersByTrip } from '../records/tripList';
import { useStore } from './StoreContext';

/** Live number of members per trip, for the trip list. */
export function useMemberCounts(): ReadonlyMap<RecordId, number> | undefined {
  const { db } = useStore();
  return useLiveQuery(() => countMembersByTrip(db), [db]);
}
