import type { RecordId } from '@shared/model';
import { listUnknownDevices, type UnknownDevice } from '../exchange/unknownDevices';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Devices the trip does not know yet whose changes a file brought, waiting for an organiser; undefined while loading. */
export function useUnknownDevices(tripId: RecordId): UnknownDevice[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listUnknownDevices(db, tripId), [db, tripId]);
}
