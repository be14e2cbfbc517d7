import type { ItineraryItem, RecordId } from '@shared/model';
import { getItineraryItem } from '../records/itineraryItems';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live itinerary item; undefined while loading, null when absent or deleted. */
export function useItineraryItem(id: RecordId): ItineraryItem | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getItineraryItem(db, id), [db, id]);
}
