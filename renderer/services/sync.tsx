import type { Attachment, RecordId } from '@shared/model';
import type { SyncServer } from '@shared/sync/client';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { SyncConnection } from '../data/device/syncConnections';
import { useStore } from '../data/hooks/StoreContext';
import { type FileDownload, SyncScheduler, type TripSyncStatus } from '../data/sync/scheduler';

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

/**
 * Downloads an attachment's file now, from its trip's sync server
 * (SyncScheduler.download), telling how much has come; outside a
 * SyncProvider this device syncs nothing.
 */
export function useFileDownload(): (
  attachment: Attachment,
  onProgress?: (received: number, size: number) => void,
) => Promise<FileDownload> {
  const scheduler = useContext(SyncContext);
  return useCallback(
    (attachment, onProgress) =>
      scheduler ? scheduler.download(attachment, onProgress) : Promise.resolve({ outcome: 'notSynced' }),
    [scheduler],
  );
}
