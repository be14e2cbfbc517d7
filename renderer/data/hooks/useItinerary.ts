import type { ItineraryItem, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listItinerary } from '../records/itineraryItems';
import { useStore } from './StoreContext';

/** Live itinerary of a trip in day and time order; undefined while loading. */
export function useItinerary(tripId: RecordId): ItineraryItem[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listItinerary(db, tripId), [db, tripId]);
}
