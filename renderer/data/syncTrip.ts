import type { RecordId } from '@shared/model';
import type { SyncServer } from '@shared/sync/client';
import { applyRemote } from './applyRemote';
import type { Store } from './store';

/** At most this many changes go in one push (docs/sync-protocol.md, section 6). */
export const PUSH_BATCH = 1000;

export interface SyncProgress {
  sent: number;
  received: number;
  /** Changes still waiting to be sent when the step began. */
  waiting: number;
}

export interface SyncResult extends SyncProgress {
  /** How far ahead of this device's clock the latest stamp received was (ms). */
  clockAhead: number;
  serverTime: string | null;
}

const cursorKey = (tripId: RecordId) => `sync:${tripId}:pulled`;

/** The server position this device has pulled a trip's changes up to (0 before the first pull). */
export async function pulledUpTo(store: Store, tripId: RecordId): Promise<number> {
  const setting = await store.db.settings.get(cursorKey(tripId));
  return typeof setting?.value === 'number' ? setting.value : 0;
}

/**
 * One sync of a trip: sends what this device wrote (batch by batch, each
 * batch leaving the outbox only once the server has it, so a cut
 * connection sends it again and the server keeps it once), then takes in
 * what the others wrote, page by page, each page applied with the position
 * reached in one transaction, so a sync cut at any point resumes where it
 * stopped and loses nothing. Throws what the server throws.
 */
export async function syncTrip(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncResult> {
  const { db } = store;
  const progress: SyncProgress = {
    sent: 0,
    received: 0,
    waiting: await db.outbox.where('tripId').equals(tripId).count(),
  };
  let serverTime: string | null = null;
  for (;;) {
    const batch = await db.outbox.where('tripId').equals(tripId).limit(PUSH_BATCH).sortBy('id');
    if (batch.length === 0) break;
    ({ serverTime } = await server.push(tripId, batch));
    await db.outbox.bulkDelete(batch.map((change) => change.id));
    progress.sent += batch.length;
    onProgress({ ...progress });
  }
  let clockAhead = 0;
  let after = await pulledUpTo(store, tripId);
  for (;;) {
    const page = await server.pull(tripId, after);
    serverTime = page.serverTime;
    const applied = await applyRemote(store, page.changes, { key: cursorKey(tripId), value: page.next });
    clockAhead = Math.max(clockAhead, applied.clockAhead);
    progress.received += page.changes.length;
    onProgress({ ...progress });
    after = page.next;
    if (!page.more) break;
  }
  return { ...progress, clockAhead, serverTime };
}
