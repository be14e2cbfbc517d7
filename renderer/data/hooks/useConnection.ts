import type { RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getConnection, type SyncConnection } from '../device/syncConnections';
import { useStore } from './StoreContext';

/** How this device reaches a trip's sync server; undefined while loading, null when it has joined none. */
export function useConnection(tripId: RecordId): SyncConnection | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getConnection(db, tripId), [db, tripId]);
}
