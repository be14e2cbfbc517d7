import type { RecordId } from '@shared/model';
import { getConnection, type SyncConnection } from '../device/syncConnections';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** How this device reaches a trip's sync server; undefined while loading, null when it has joined none. */
export function useConnection(tripId: RecordId): SyncConnection | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getConnection(db, tripId), [db, tripId]);
}
