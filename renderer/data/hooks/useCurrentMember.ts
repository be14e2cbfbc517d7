import type { RecordId } from '@shared/model';
import { useCallback } from 'react';
import { getCurrentMember, setCurrentMember } from '../device/currentMember';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/**
 * The member who uses this device on a trip (undefined while loading, null
 * until chosen), and a way to change it.
 */
export function useCurrentMember(
  tripId: RecordId,
): [RecordId | null | undefined, (memberId: RecordId | null) => Promise<void>] {
  const { db } = useStore();
  const current = useStableLiveQuery(() => getCurrentMember(db, tripId), [db, tripId]);
  const choose = useCallback((memberId: RecordId | null) => setCurrentMember(db, tripId, memberId), [db, tripId]);
  return [current, choose];
}
