import type { HostPersonEntry, RecordId } from '@shared/model';
import { hostDirectory } from '../records/hostPeople';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** The trip's directory of host people as it stands. */
export interface HostDirectory {
  /** The people not deleted, in the order they were first named. */
  people: HostPersonEntry[];
  /** Every entry by id, deleted ones included: for `personOf` (shared/people/directory.ts). */
  entries: ReadonlyMap<RecordId, HostPersonEntry>;
}

/**
 * The trip's directory of host people, live: the entries stored and those
 * its itinerary items', minutes' and Q&A notes' copies stand for, so it
 * changes with any of those tables; undefined while loading.
 */
export function useHostPeople(tripId: RecordId): HostDirectory | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => hostDirectory(db, tripId), [db, tripId]);
}
