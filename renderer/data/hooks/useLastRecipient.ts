import type { RecordId } from '@shared/model';
import { lastRecipient } from '../device/exportMarks';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Whom this device last exported the trip's changes to; null when never, undefined while loading. */
export function useLastRecipient(tripId: RecordId): RecordId | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => lastRecipient(db, tripId), [db, tripId]);
}
