import type { RecordId } from '@shared/model';
import { type LastExport, lastExportTo } from '../device/exportMarks';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** This device's last export of the trip's changes to a member; null when never, undefined while loading. */
export function useLastExport(tripId: RecordId, memberId: RecordId | null): LastExport | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(async () => (memberId ? lastExportTo(db, tripId, memberId) : null), [db, tripId, memberId]);
}
