import type { RecordId } from '@shared/model';
import { countMembersByTrip } from '../records/tripList';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live number of members per trip, for the trip list. */
export function useMemberCounts(): ReadonlyMap<RecordId, number> | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => countMembersByTrip(db), [db]);
}
