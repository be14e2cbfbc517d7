import type { ItineraryItem, RecordId } from '@shared/model';
import { listItinerary } from '../records/itineraryItems';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Live itinerary of a trip in day and time order; undefined while loading. */
export function useItinerary(tripId: RecordId): ItineraryItem[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listItinerary(db, tripId), [db, tripId]);
}
