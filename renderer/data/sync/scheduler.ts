import type { Attachment, RecordId } from '@shared/model';
import { SyncError, type SyncErrorCode, type SyncServer } from '@shared/sync/client';
import { liveQuery, type Subscription } from 'dexie';
import type { Store } from '../database/store';
import {
  getConnection,
  getLastSync,
  listConnections,
  type SyncConnection,
  saveLastSync,
} from '../device/syncConnections';
import { isQuotaError } from '../records/attachmentBytes';
import { nameStoredFiles } from './attachmentHashes';
import { watchForChanges } from './changeWatch';
import { type Fetched, fetchFile } from './fileDownloads';
import { unverifiedCount } from './signatures';
import { type SyncProgress, syncTrip } from './syncTrip';
import { countWritten, type Waiting, type WaitingChange, waitingCount } from './waiting';

/**
 * A sync shortly after a change, so that a burst of typing goes in one; and
 * soon enough that the others, waiting for changes, see it within a second
 * or two.
 */
export const SYNC_AFTER_CHANGE_MS = 1000;
/**
 * And every so often, besides waiting for what the others write
 * (changeWatch.ts): for a server that does not offer waiting, and to keep
 * the time of the last sync true.
 */
export const SYNC_EVERY_MS = 60_000;
/**
 * After a sync that could not reach the server (or found it failing), the
 * next try comes after this, doubled each time it fails again, up to
 * RETRY_MOST_MS: a server back after a restart is found in seconds, even
 * after a long outage, and a try costs the server one small request.
 */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MOST_MS = 10_000;

/** The failures that pass on their own (the network, the server restarting, its rate limits): tried again soon. */
const PASSING: ReadonlySet<SyncErrorCode> = new Set<SyncErrorCode>(['offline', 'server_error', 'rate_limited']);

/** Where a trip's sync stands, for the screen. */
export interface TripSyncStatus {
  syncing: boolean;
  /** What was written here and not sent yet, as the user wrote it: so many answers, minutes... */
  waiting: Waiting;
  lastSync: string | null;
  progress: SyncProgress | null;
  /** Why the last sync did not go through; null when it did. */
  error: SyncErrorCode | null;
  /** How far off this device's clock is, as the server showed (ms, the server's time minus the device's; 0 when right). */
  clockCorrection: number;
  /** Pulled changes left out so far, their signatures not verifying (signatures.ts): the organiser should know. */
  unverified: number;
}

type Run = Omit<TripSyncStatus, 'waiting'>;

/**
 * How a download asked for (opening, saving, "Download all") ended: as the
 * file's own fate (fileDownloads.ts), `notSynced` on a device that does not
 * sync the trip, `storageFull`, or a failure of the connection by its code.
 */
export type FileDownload =
  | { outcome: Fetched | 'notSynced' | 'storageFull' }
  | { outcome: 'failed'; error: SyncErrorCode };

/** What waits to be sent, each trip's counted as what the user wrote (waiting.ts), a version as its note. */
async function countWaiting(store: Store): Promise<Map<RecordId, Waiting>> {
  const changes: WaitingChange[] = [];
  await store.db.outbox.each(({ tripId, table, recordId }) => changes.push({ tripId, table, recordId }));
  const versionIds = changes.flatMap((change) => (change.table === 'noteVersions' ? [change.recordId] : []));
  const versions = await store.db.noteVersions.bulkGet([...new Set(versionIds)]);
  const notes = new Map(versions.flatMap((version) => (version ? [[version.id, version] as const] : [])));
  return countWritten(changes, (versionId) => {
    const version = notes.get(versionId);
    return version && { table: version.recordTable, id: version.recordId };
  });
}

/**
 * Syncs every trip this device has joined, on its own: at start, shortly
 * after every change (each new change puts it off a little, so that a burst
 * goes in one), every minute, when the network comes back, and on "Sync
 * now"; one sync of a trip at a time. A failure is kept as a code the screen
 * words; the next sync tries again from where the last one stopped, soon
 * after one that passes on its own (RETRY_FIRST_MS).
 * The screen reads `status` and is told of every change by `subscribe`.
 */
export class SyncScheduler {
  private connections: SyncConnection[] = [];
  private waiting = new Map<RecordId, Waiting>();
  private runs = new Map<RecordId, Run>();
  private readonly running = new Map<RecordId, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[] = [];
  private soon: ReturnType<typeof setTimeout> | undefined;
  /** Each trip's next try after a passing failure, and how many failed in a row. */
  private readonly retries = new Map<RecordId, { timer: ReturnType<typeof setTimeout>; failed: number }>();
  /** How to stop waiting for each trip's news; and the trips whose server does not offer waiting. */
  private readonly watches = new Map<RecordId, () => void>();
  private readonly unwatched = new Set<RecordId>();
  private version = 0;

  constructor(
    private readonly store: Store,
    private readonly serverFor: (connection: SyncConnection) => SyncServer,
    private readonly retryFirstMs = RETRY_FIRST_MS,
  ) {}

  /** Starts watching the joined trips and the outbox; `stop` ends it. */
  start(): void {
    // A failure leaves the files unnamed until the next start; the outbox it grows brings a sync.
    void nameStoredFiles(this.store).catch(() => undefined);
    const watch = <T>(query: () => Promise<T>, next: (value: T) => void) => {
      const subscription: Subscription = liveQuery(query).subscribe({ next, error: () => undefined });
      this.stops.push(() => subscription.unsubscribe());
    };
    watch(
      () => listConnections(this.store.db),
      (connections) => this.joined(connections),
    );
    watch(
      () => countWaiting(this.store),
      (waiting) => this.changed(waiting),
    );
    const all = () => this.syncAll();
    const every = setInterval(all, SYNC_EVERY_MS);
    window.addEventListener('online', all);
    this.stops.push(() => {
      clearInterval(every);
      clearTimeout(this.soon);
      window.removeEventListener('online', all);
    });
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    for (const { timer } of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    for (const stopWatching of this.watches.values()) stopWatching();
    this.watches.clear();
    this.unwatched.clear();
    // Started again, it learns the joined trips afresh and syncs each.
    this.connections = [];
  }

  /** Tells `listener` of every change of any trip's status. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever any status does (for useSyncExternalStore). */
  snapshot = (): number => this.version;

  /** Where a trip's sync stands; null when this device has not joined the trip on a server. */
  status(tripId: RecordId): TripSyncStatus | null {
    if (!this.connections.some((connection) => connection.tripId === tripId)) return null;
    return { ...this.runOf(tripId), waiting: this.waiting.get(tripId) ?? [] };
  }

  async syncNow(tripId: RecordId): Promise<void> {
    const connection = this.connections.find((candidate) => candidate.tripId === tripId);
    if (connection) await this.run(connection);
  }

  /** Downloads an attachment's file now (it is being opened or saved), beside any sync under way. */
  async download(attachment: Attachment, onProgress?: (received: number, size: number) => void): Promise<FileDownload> {
    const connection = await getConnection(this.store.db, attachment.tripId);
    if (!connection) return { outcome: 'notSynced' };
    try {
      return { outcome: await fetchFile(this.store, this.serverFor(connection), attachment, onProgress) };
    } catch (error) {
      if (isQuotaError(error)) return { outcome: 'storageFull' };
      return { outcome: 'failed', error: error instanceof SyncError ? error.code : 'server_error' };
    }
  }

  private syncAll(): void {
    for (const connection of this.connections) void this.run(connection);
  }

  private joined(connections: SyncConnection[]): void {
    // Any setting written (the time of the last sync, say) gives a new list: what counts is which trips are joined.
    const before = new Set(this.connections.map((connection) => JSON.stringify(connection)));
    const added = connections.filter((connection) => !before.has(JSON.stringify(connection)));
    const kept = new Set(connections.map((connection) => JSON.stringify(connection)));
    // A trip no longer joined, or joined anew (another server, another token): its watch was of the old connection.
    for (const connection of this.connections) {
      if (kept.has(JSON.stringify(connection))) continue;
      this.watches.get(connection.tripId)?.();
      this.watches.delete(connection.tripId);
      this.unwatched.delete(connection.tripId);
    }
    this.connections = connections;
    this.notify();
    for (const connection of added) {
      void getLastSync(this.store.db, connection.tripId).then((lastSync) => {
        if (lastSync && !this.runs.get(connection.tripId)?.lastSync) this.update(connection.tripId, { lastSync });
      });
      void this.run(connection);
    }
  }

  private changed(waiting: Map<RecordId, Waiting>): void {
    const grew = [...waiting.values()].some((things) => waitingCount(things) > 0);
    this.waiting = waiting;
    this.notify();
    clearTimeout(this.soon);
    if (grew) this.soon = setTimeout(() => this.syncAll(), SYNC_AFTER_CHANGE_MS);
  }

  private runOf(tripId: RecordId): Run {
    return (
      this.runs.get(tripId) ?? {
        syncing: false,
        lastSync: null,
        progress: null,
        error: null,
        clockCorrection: this.store.ctx.clock.correction(),
        unverified: 0,
      }
    );
  }

  private update(tripId: RecordId, changes: Partial<Run>): void {
    this.runs = new Map(this.runs).set(tripId, { ...this.runOf(tripId), ...changes });
    this.notify();
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private run(connection: SyncConnection): Promise<void> {
    const { tripId } = connection;
    const current = this.running.get(tripId);
    if (current) return current;
    this.update(tripId, { syncing: true, progress: null });
    const sync = syncTrip(this.store, this.serverFor(connection), tripId, (progress) =>
      this.update(tripId, { progress }),
    )
      .then(async (result) => {
        this.retryLater(connection, null);
        this.watch(connection);
        const lastSync = new Date().toISOString();
        await saveLastSync(this.store, tripId, lastSync);
        const unverified = await unverifiedCount(this.store.db, tripId);
        this.update(tripId, {
          syncing: false,
          error: null,
          lastSync,
          clockCorrection: result.clockCorrection,
          unverified,
        });
      })
      .catch((error: unknown) => {
        const code = error instanceof SyncError ? error.code : 'server_error';
        this.retryLater(connection, code);
        this.update(tripId, { syncing: false, error: code, clockCorrection: this.store.ctx.clock.correction() });
      })
      .finally(() => this.running.delete(tripId));
    this.running.set(tripId, sync);
    return sync;
  }

  /** After a failure that passes on its own, tries again soon, and later each time it fails again; `null`: it went through. */
  private retryLater(connection: SyncConnection, failure: SyncErrorCode | null): void {
    const { tripId } = connection;
    const before = this.retries.get(tripId);
    clearTimeout(before?.timer);
    this.retries.delete(tripId);
    if (failure === null || !PASSING.has(failure) || this.stops.length === 0) return;
    const failed = (before?.failed ?? 0) + 1;
    const wait = Math.min(this.retryFirstMs * 2 ** (failed - 1), RETRY_MOST_MS);
    const retry = () => {
      // As the trip is joined by then: its connection may have changed meanwhile, or gone.
      const joined = this.connections.find((candidate) => candidate.tripId === tripId);
      if (joined) void this.run(joined);
    };
    this.retries.set(tripId, { timer: setTimeout(retry, wait), failed });
  }

  /**
   * From a sync that went through, has what others write synced as soon as
   * the server holds it. A watch that fails as the network does is followed
   * by the retries; one the server refuses (revoked, or a server without
   * waiting) is followed by one sync that shows why, and is not begun again
   * for this connection.
   */
  private watch(connection: SyncConnection): void {
    const { tripId } = connection;
    if (this.watches.has(tripId) || this.unwatched.has(tripId) || this.stops.length === 0) return;
    const stopWatching = watchForChanges(this.serverFor(connection), this.store.db, tripId, {
      news: () => this.again(connection),
      ended: (failure) => {
        this.watches.delete(tripId);
        if (failure === null) return;
        if (PASSING.has(failure.code)) return this.retryLater(connection, failure.code);
        this.unwatched.add(tripId);
        void this.run(connection);
      },
    });
    this.watches.set(tripId, stopWatching);
  }

  /** Syncs the trip after any sync under way has ended: news that came during it may have come after its pull. */
  private again(connection: SyncConnection): Promise<void> {
    return (this.running.get(connection.tripId) ?? Promise.resolve()).then(() => this.run(connection));
  }
}
