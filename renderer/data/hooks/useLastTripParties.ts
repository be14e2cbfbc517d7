import { useLiveQuery } from 'dexie-react-hooks';
import { getLastTripParties, type TripParties } from '../device/tripParties';
import { useStore } from './StoreContext';

/** Who visited whom on the last trip made on this device; null before the first, undefined while loading. */
export function useLastTripParties(): TripParties | null | undefined {
  const { db } = useStore();
  return useLiveQuery(() => getLastTripParties(db), [db]);
}
