import type { RecordId } from '@shared/model';
import type { TripText } from '@shared/translation/texts';
import { listTripTexts } from '../records/translations';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Every text of the trip that goes into an export, as it stands; undefined while loading, null without the trip. */
export function useTripTexts(tripId: RecordId): TripText[] | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listTripTexts(db, tripId), [db, tripId]);
}
