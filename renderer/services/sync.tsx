import type { RecordId } from '@shared/model';
import type { SyncServer } from '@shared/sync/client';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SyncConnection } from '../data/device/syncConnections';
import { useStore } from '../data/hooks/StoreContext';
import { SyncScheduler, type TripSyncStatus } from '../data/sync/scheduler';

const SyncContext = createContext<SyncScheduler | null>(null);

/** Syncs every trip this device has joined, on its own, while it is mounted (see SyncScheduler). */
export function SyncProvider({
  children,
  serverFor,
}: {
  children: ReactNode;
  serverFor: (connection: SyncConnection) => SyncServer;
}) {
  const store = useStore();
  const reach = useRef(serverFor);
  reach.current = serverFor;
  const [scheduler] = useState(() => new SyncScheduler(store, (connection) => reach.current(connection)));
  useEffect(() => {
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);
  return <SyncContext.Provider value={scheduler}>{children}</SyncContext.Provider>;
}

const never = () => () => undefined;

/** Where a trip's sync stands; null when this device has not joined the trip on a server (or outside a SyncProvider). */
export function useSyncStatus(tripId: RecordId): { status: TripSyncStatus | null; syncNow: () => Promise<void> } {
  const scheduler = useContext(SyncContext);
  useSyncExternalStore(scheduler?.subscribe ?? never, scheduler?.snapshot ?? (() => 0));
  return {
    status: scheduler?.status(tripId) ?? null,
    syncNow: () => scheduler?.syncNow(tripId) ?? Promise.resolve(),
  };
}
