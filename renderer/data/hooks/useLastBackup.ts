import type { RecordId } from '@shared/model';
import { lastBackup } from '../exchange/backups';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** When this device last backed the trip up (ISO); null when never, undefined while loading. */
export function useLastBackup(tripId: RecordId): string | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => lastBackup(db, tripId), [db, tripId]);
}
