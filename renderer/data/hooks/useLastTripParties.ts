import { getLastTripParties, type TripParties } from '../device/tripParties';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Who visited whom on the last trip made on this device; null before the first, undefined while loading. */
export function useLastTripParties(): TripParties | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => getLastTripParties(db), [db]);
}
