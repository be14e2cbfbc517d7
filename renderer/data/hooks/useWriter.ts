import type { RecordId } from '@shared/model';
import type { Writer } from '@shared/sync/permissions';
import { writerOn } from '../device/writer';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/**
 * Who writes on the trip from this device, with their role as the roster now
 * says (shared/sync/permissions.ts): null on a trip that syncs with nobody,
 * all this device's own; undefined while loading.
 */
export function useWriter(tripId: RecordId): Writer | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => writerOn(db, tripId), [db, tripId]);
}
