import type { RecordId } from '@shared/model';
import { SyncError, type SyncServer } from '@shared/sync/client';
import type { Change } from '@shared/sync/merge';
import { applyRemote } from './applyRemote';
import { learnServerTime, restampUnsent } from './deviceClock';
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
  /** How far off this device's clock is, as the server's time shows (ms, server minus device; 0 when right). */
  clockCorrection: number;
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
 * stopped and loses nothing. Every answer's time corrects the device's
 * clock when it is off; changes the server refuses as stamped ahead are
 * stamped afresh on the corrected clock and sent again, so a device whose
 * clock is wrong keeps syncing. Throws what the server throws.
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
    ({ serverTime } = await pushOrRestamp(store, server, tripId, batch));
    await learnServerTime(store, serverTime);
    await db.outbox.bulkDelete(batch.map((change) => change.id));
    progress.sent += batch.length;
    onProgress({ ...progress });
  }
  let after = await pulledUpTo(store, tripId);
  for (;;) {
    const page = await server.pull(tripId, after);
    serverTime = page.serverTime;
    await learnServerTime(store, serverTime);
    await applyRemote(store, page.changes, { key: cursorKey(tripId), value: page.next });
    progress.received += page.changes.length;
    onProgress({ ...progress });
    after = page.next;
    if (!page.more) break;
  }
  return { ...progress, clockCorrection: store.ctx.clock.correction(), serverTime };
}

/**
 * Pushes a batch; when the server refuses it as stamped ahead, corrects the
 * clock by the server's time, stamps the unsent changes afresh and pushes
 * the batch again with its new stamps (once: a second refusal is thrown).
 */
async function pushOrRestamp(store: Store, server: SyncServer, tripId: RecordId, batch: Change[]) {
  try {
    return await server.push(tripId, batch);
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'clock_ahead' || !error.serverTime) throw error;
    await learnServerTime(store, error.serverTime);
    await restampUnsent(store);
    const again = await store.db.outbox.bulkGet(batch.map((change) => change.id));
    return server.push(
      tripId,
      again.filter((change) => change !== undefined),
    );
  }
}
