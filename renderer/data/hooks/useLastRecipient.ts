import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { lastRecipient } from '../device/exportMarks';
import { useStore } from './StoreContext';

/** Whom this device last exported the trip's changes to; null when never, undefined while loading. */
export function useLastRecipient(tripId: RecordId): RecordId | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => lastRecipient(db, tripId), [db, tripId]);
}
