import type { Connection } from '@shared/sync/client';
import { useCallback, useEffect, useState } from 'react';
import { syncFetch } from '../../bridge/syncFetch';
import type { SyncConnection } from '../../data/device/syncConnections';
import { useSyncErrorText } from './useSyncErrorText';

/** The trip's connection as the client reaches its server from this screen. */
export const reachOf = (connection: SyncConnection): Connection => ({
  ...connection,
  fetch: syncFetch({ tripId: connection.tripId }),
});

/**
 * What the server says of who has access to the trip (its devices, its
 * invitations), asked when the screen opens and again after every sync of
 * the trip here (`lastSync`), so that it stays current; and `act`, which
 * does one thing on the server and asks again. A failure is worded for the
 * screen.
 */
export function useTripAccess<T>(
  connection: SyncConnection,
  ask: (connection: Connection, tripId: string) => Promise<T>,
  lastSync: string | null,
) {
  const errorText = useSyncErrorText();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setValue(await ask(reachOf(connection), connection.tripId));
      setError(null);
    } catch (cause) {
      setError(errorText(cause));
    }
  }, [connection, ask, errorText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: lastSync is when to ask again, not what is asked
  useEffect(() => {
    void load();
  }, [load, lastSync]);
  const act = async (work: (connection: Connection) => Promise<unknown>): Promise<boolean> => {
    try {
      await work(reachOf(connection));
      await load();
      return true;
    } catch (cause) {
      setError(errorText(cause));
      return false;
    }
  };
  return { value, error, act };
}
