import type { ZoneIndex } from '@shared/itinerary/zones';
import { useEffect, useState } from 'react';

let loading: Promise<ZoneIndex> | null = null;

/**
 * The places' zone index, loaded once a time-zone field is on screen: it is imported
 * on demand so that its list never weighs on the first screen. Null until it has
 * loaded; a failed load is tried again by the next field (the field meanwhile takes
 * IANA names, as the schema does).
 */
export function useZoneIndex(): ZoneIndex | null {
  const [index, setIndex] = useState<ZoneIndex | null>(null);
  useEffect(() => {
    let current = true;
    loading ??= import('@shared/itinerary/zones').then((module) => module.zoneIndex());
    loading.then(
      (loaded) => {
        if (current) setIndex(loaded);
      },
      () => {
        loading = null;
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return index;
}
