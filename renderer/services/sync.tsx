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
import type { FileDownload, SyncScheduler, TripSyncStatus } from '../data/sync/scheduler';

type ServerFor = (connection: SyncConnection) => SyncServer;

const SyncContext = createContext<SyncScheduler | null>(null);
/** The scheduler once its code is in; null outside a SyncProvider. */
const LoadedContext = createContext<Promise<SyncScheduler> | null>(null);

/**
 * Syncs every trip this device has joined, on its own, while it is mounted
 * (see SyncScheduler). The scheduler's code (the sync protocol, merged
 * texts, signatures) loads after the first screen: until it is in, a trip's
 * status is null, as it is before the scheduler has read the joined trips.
 * `serverFor` reaches a trip's server; `servers` is the same, when the
 * server's client is code to load too (it is loaded with the scheduler's).
 */
export function SyncProvider({
  children,
  ...reachable
}: { children: ReactNode } & ({ serverFor: ServerFor } | { servers: () => Promise<ServerFor> })) {
  const store = useStore();
  const reach = useRef(reachable);
  reach.current = reachable;
  const [loaded] = useState(async () => {
    const given = reach.current;
    const [{ SyncScheduler }, serverFor] = await Promise.all([
      import('../data/sync/scheduler'),
      'servers' in given ? given.servers() : null,
    ]);
    // The `serverFor` given last, if one is; else the one `servers` loaded.
    return new SyncScheduler(store, (connection) => {
      const now = reach.current;
      return 'serverFor' in now ? now.serverFor(connection) : (serverFor as ServerFor)(connection);
    });
  });
  const [scheduler, setScheduler] = useState<SyncScheduler | null>(null);
  useEffect(() => {
    let mounted = true;
    void loaded.then((started) => {
      if (!mounted) return;
      started.start();
      setScheduler(started);
    });
    return () => {
      mounted = false;
      void loaded.then((started) => started.stop());
    };
  }, [loaded]);
  return (
    <LoadedContext.Provider value={loaded}>
      <SyncContext.Provider value={scheduler}>{children}</SyncContext.Provider>
    </LoadedContext.Provider>
  );
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
  const loaded = useContext(LoadedContext);
  return useCallback(
    async (attachment, onProgress) =>
      loaded ? (await loaded).download(attachment, onProgress) : { outcome: 'notSynced' },
    [loaded],
  );
}
