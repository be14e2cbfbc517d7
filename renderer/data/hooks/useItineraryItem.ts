import type { ItineraryItem, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getItineraryItem } from '../records/itineraryItems';
import { useStore } from './StoreContext';

/** Live itinerary item; undefined while loading, null when absent or deleted. */
export function useItineraryItem(id: RecordId): ItineraryItem | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getItineraryItem(db, id), [db, id]);
}
