import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { lastBackup } from '../exchange/backups';
import { useStore } from './StoreContext';

/** When this device last backed the trip up (ISO); null when never, undefined while loading. */
export function useLastBackup(tripId: RecordId): string | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => lastBackup(db, tripId), [db, tripId]);
}
