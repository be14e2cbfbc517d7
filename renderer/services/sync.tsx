import type { RecordId } from '@shared/model';
import { SyncError, type SyncErrorCode, type SyncServer } from '@shared/sync/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../data/StoreContext';
import { listConnections, type SyncConnection } from '../data/syncConnections';
import { type SyncProgress, syncTrip } from '../data/syncTrip';

/** A sync shortly after a change, so that a burst of typing goes in one. */
export const SYNC_AFTER_CHANGE_MS = 2000;
/** And every so often, for what the others wrote. */
export const SYNC_EVERY_MS = 60_000;

/** Where a trip's sync stands, for the screen. */
export interface TripSyncStatus {
  syncing: boolean;
  /** Changes written here and not sent yet. */
  waiting: number;
  lastSync: string | null;
  progress: SyncProgress | null;
  /** Why the last sync did not go through; null when it did. */
  error: SyncErrorCode | null;
  /** How far off this device's clock is, as the server showed (ms, the server's time minus the device's; 0 when right). */
  clockCorrection: number;
}

interface SyncService {
  status(tripId: RecordId): TripSyncStatus | null;
  syncNow(tripId: RecordId): Promise<void>;
}

const SyncContext = createContext<SyncService | null>(null);

const lastSyncKey = (tripId: RecordId) => `sync:${tripId}:lastSync`;

/**
 * Syncs every trip this device has joined, on its own: shortly after every
 * change, every minute, when the network comes back, and on "Sync now"; one
 * sync of a trip at a time. A failure is kept as a code the screen words;
 * the next sync tries again from where the last one stopped.
 */
export function SyncProvider({
  children,
  serverFor,
}: {
  children: ReactNode;
  serverFor: (connection: SyncConnection) => SyncServer;
}) {
  const store = useStore();
  const connections = useLiveQuery(() => listConnections(store.db), [store.db]);
  const waiting = useLiveQuery(async () => {
    const counts = new Map<RecordId, number>();
    await store.db.outbox.each((change) => counts.set(change.tripId, (counts.get(change.tripId) ?? 0) + 1));
    return counts;
  }, [store.db]);
  const [runs, setRuns] = useState<ReadonlyMap<RecordId, Omit<TripSyncStatus, 'waiting'>>>(new Map());
  const running = useRef(new Map<RecordId, Promise<void>>());
  const reach = useRef(serverFor);
  reach.current = serverFor;
  // The live query gives a new list whenever any setting is written (the time of the last sync,
  // say): what counts is which trips are joined, compared by content.
  const joined = JSON.stringify(connections ?? []);
  const joinedRef = useRef<SyncConnection[]>([]);
  joinedRef.current = connections ?? [];

  const update = useCallback(
    (tripId: RecordId, changes: Partial<Omit<TripSyncStatus, 'waiting'>>) => {
      setRuns((previous) => {
        const base = previous.get(tripId) ?? {
          syncing: false,
          lastSync: null,
          progress: null,
          error: null,
          clockCorrection: store.ctx.clock.correction(),
        };
        return new Map(previous).set(tripId, { ...base, ...changes });
      });
    },
    [store],
  );

  const run = useCallback(
    (connection: SyncConnection): Promise<void> => {
      const { tripId } = connection;
      const current = running.current.get(tripId);
      if (current) return current;
      update(tripId, { syncing: true, progress: null });
      const sync = syncTrip(store, reach.current(connection), tripId, (progress) => update(tripId, { progress }))
        .then(async (result) => {
          const lastSync = new Date().toISOString();
          await store.db.settings.put({ key: lastSyncKey(tripId), value: lastSync });
          update(tripId, { syncing: false, error: null, lastSync, clockCorrection: result.clockCorrection });
        })
        .catch((error: unknown) => {
          update(tripId, {
            syncing: false,
            error: error instanceof SyncError ? error.code : 'server_error',
            clockCorrection: store.ctx.clock.correction(),
          });
        })
        .finally(() => running.current.delete(tripId));
      running.current.set(tripId, sync);
      return sync;
    },
    [store, update],
  );

  // The last successful sync of each trip, as the previous run of the app left it.
  useEffect(() => {
    if (joined === '[]') return;
    for (const connection of joinedRef.current) {
      void store.db.settings.get(lastSyncKey(connection.tripId)).then((setting) => {
        if (typeof setting?.value === 'string') update(connection.tripId, { lastSync: setting.value });
      });
    }
  }, [joined, store.db, update]);

  // At start, every minute, and when the network comes back: for what the others wrote.
  useEffect(() => {
    if (joined === '[]') return;
    const all = () => {
      for (const connection of joinedRef.current) void run(connection);
    };
    const start = setTimeout(all, 0);
    const every = setInterval(all, SYNC_EVERY_MS);
    window.addEventListener('online', all);
    return () => {
      clearTimeout(start);
      clearInterval(every);
      window.removeEventListener('online', all);
    };
  }, [joined, run]);

  // Shortly after a change here: each new change puts the sync off a little, so a burst goes in one.
  const pending = [...(waiting ?? new Map<RecordId, number>()).values()].reduce((sum, count) => sum + count, 0);
  useEffect(() => {
    if (joined === '[]' || pending === 0) return;
    const soon = setTimeout(() => {
      for (const connection of joinedRef.current) void run(connection);
    }, SYNC_AFTER_CHANGE_MS);
    return () => clearTimeout(soon);
  }, [joined, run, pending]);

  const service = useMemo<SyncService>(
    () => ({
      status: (tripId) => {
        if (!connections?.some((connection) => connection.tripId === tripId)) return null;
        const state = runs.get(tripId) ?? {
          syncing: false,
          lastSync: null,
          progress: null,
          error: null,
          clockCorrection: store.ctx.clock.correction(),
        };
        return { ...state, waiting: waiting?.get(tripId) ?? 0 };
      },
      syncNow: async (tripId) => {
        const connection = connections?.find((candidate) => candidate.tripId === tripId);
        if (connection) await run(connection);
      },
    }),
    [connections, runs, waiting, run, store],
  );

  return <SyncContext.Provider value={service}>{children}</SyncContext.Provider>;
}

/** Where a trip's sync stands; null when this device has not joined the trip on a server (or outside a SyncProvider). */
export function useSyncStatus(tripId: RecordId): { status: TripSyncStatus | null; syncNow: () => Promise<void> } {
  const service = useContext(SyncContext);
  return {
    status: service?.status(tripId) ?? null,
    syncNow: () => service?.syncNow(tripId) ?? Promise.resolve(),
  };
}
