import type { RecordId } from '@shared/model';
import { unreadLostEdits } from '../history/lostEdits';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** How many of this device's edits of the trip lost to concurrent ones and were not read about yet. */
export function useLostEdits(tripId: RecordId): number {
  const { db, ctx } = useStore();
  return (
    useStableLiveQuery(async () => (await unreadLostEdits(db, tripId, ctx.deviceId)).length, [db, tripId, ctx]) ?? 0
  );
}
