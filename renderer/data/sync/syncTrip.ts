import type { RecordId } from '@shared/model';
import { SyncError, type SyncServer } from '@shared/sync/client';
import type { Change } from '@shared/sync/merge';
import { isCheckpoint } from '@shared/sync/texts';
import type { OutboxChange } from '../database/rows';
import type { Store } from '../database/store';
import { applyRemote } from './applyRemote';
import { makeCheckpoints } from './checkpoints';
import { cursorIdKey, cursorKey, cursorKeys, pulledUpTo as pulledTo } from './cursor';
import { learnServerTime, restampUnsent } from './deviceClock';
import { type FilesReceived, fetchSmallFiles } from './fileDownloads';
import { type FilesSent, forgetUploads, sendFiles } from './fileUploads';
import { mergeLostMinutes } from './lostMinutes';
import { enqueueTrip, type SyncBinding } from './publishTrip';
import { takeBackRefused } from './refused';
import { passOnFromFiles, relayLater, relayLog } from './relay';
import {
  registerAgain,
  registerOwnKey,
  signOwn,
  type Trust,
  trustOf,
  unverifiedSetting,
  verifiedChanges,
} from './signatures';
import { makeSnapshot, snapshotDue, takeSnapshot } from './snapshots';

/** At most this many rounds of checkpoints in one sync: the server lists up to 500 texts a round. */
const CHECKPOINT_ROUNDS = 10;

/** At most this many changes go in one push (docs/sync-protocol.md, section 6). */
export const PUSH_BATCH = 1000;

export interface SyncProgress {
  sent: number;
  received: number;
  /** Changes still waiting to be sent when the step began. */
  waiting: number;
  /** How many changes this sync receives in all, once the server has said (null before the first page). */
  toReceive: number | null;
  /** Bytes of attachments' files sent, and of small ones received in the background (fileDownloads.ts). */
  files: FilesSent & FilesReceived;
}

export interface SyncResult extends SyncProgress {
  /** Changes pulled that this sync left out, their signatures not verifying against the trip's keys. */
  unverified: number;
  /** How far off this device's clock is, as the server's time shows (ms, server minus device; 0 when right). */
  clockCorrection: number;
  serverTime: string | null;
}

/** The server position this device has pulled a trip's changes up to (0 before the first pull). */
export function pulledUpTo(store: Store, tripId: RecordId): Promise<number> {
  return pulledTo(store.db, tripId);
}

/**
 * Makes this device send everything it holds of a trip and pull it all
 * again from the start: when it reaches a server for the trip afresh
 * (published again, joined again) or a server that has lost changes it
 * once had, with the other devices' changes it pulled, as they signed them
 * (relay.ts), unless `relay` is false: a device joining the trip's server,
 * which holds what the others sent it. The server keeps each change once, so nothing is doubled;
 * files are asked about again, since that server may not hold them.
 */
export async function startOver(
  store: Store,
  tripId: RecordId,
  as?: SyncBinding,
  { relay }: { relay: boolean } = { relay: true },
): Promise<void> {
  await enqueueTrip(store, tripId, as);
  if (relay) await relayLater(store.db, tripId);
  await forgetUploads(store.db, tripId);
  await registerAgain(store.db, tripId);
  await store.db.settings.bulkPut(cursorKeys(tripId).map((key) => ({ key, value: null })));
}

/**
 * One sync of a trip: sends what this device wrote (batch by batch, each
 * batch leaving the outbox only once the server has it, so a cut
 * connection sends it again and the server keeps it once), then takes in
 * what the others wrote, page by page, each page applied with the position
 * reached in one transaction, so a sync cut at any point resumes where it
 * stopped and loses nothing. Then the bytes of attachments: this device's
 * files the server lacks go up, and the small files this device lacks come
 * down (fileUploads.ts, fileDownloads.ts); notes first, being what members
 * wait for. Every answer's time corrects the device's
 * clock when it is off; changes the server refuses as stamped ahead are
 * stamped afresh on the corrected clock and sent again, so a device whose
 * clock is wrong keeps syncing. A server that has lost changes this device
 * pulled (restored from a backup) gets everything this device holds again.
 * Throws what the server throws.
 */
export async function syncTrip(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncResult> {
  try {
    return await exchange(store, server, tripId, onProgress);
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'cursor_ahead') throw error;
    await startOver(store, tripId);
    return exchange(store, server, tripId, onProgress);
  }
}

async function exchange(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  onProgress: (progress: SyncProgress) => void,
): Promise<SyncResult> {
  const { db } = store;
  const progress: SyncProgress = {
    sent: 0,
    received: 0,
    waiting: await db.outbox.where('tripId').equals(tripId).count(),
    toReceive: null,
    files: { sent: 0, toSend: 0, received: 0, toReceive: 0 },
  };
  await registerOwnKey(store, server, tripId);
  let serverTime = await pushOutbox(store, server, tripId, progress, onProgress);
  await relayLog(store, server, tripId);
  await passOnFromFiles(store, server, tripId);
  const pulling: Pulling = {
    after: await pulledUpTo(store, tripId),
    afterId: (await db.settings.get(cursorIdKey(tripId)))?.value,
    trust: null,
    unverified: 0,
    lost: 0,
  };
  if (pulling.after === 0) {
    const began = await takeSnapshot(store, server, tripId, () => trusted(store, server, tripId, pulling));
    if (began) ({ upTo: pulling.after, upToId: pulling.afterId } = began);
  }
  serverTime = (await pullAll(store, server, tripId, pulling, progress, onProgress)) ?? serverTime;
  // An agenda this device wrote that lost to another's, in what this pull brought, is merged back in and sent.
  if (pulling.lost > 0 && (await mergeLostMinutes(store, tripId)) > 0)
    serverTime = (await pushOutbox(store, server, tripId, progress, onProgress)) ?? serverTime;
  // Texts saved many times are stood for by checkpoints, sent at once: the server then lets their updates go
  // and lists the next texts (a few hundred at a time), up to a bound so that one sync always ends. A sync
  // that moved no change asks nothing: the log is as the last one left it (the server's listing scans it).
  const checkpointed = new Set<string>();
  const rounds = progress.sent + progress.received > 0 ? CHECKPOINT_ROUNDS : 0;
  for (let round = 0; round < rounds; round++) {
    if ((await makeCheckpoints(store, server, tripId, checkpointed)) === 0) break;
    serverTime = (await pushOutbox(store, server, tripId, progress, onProgress)) ?? serverTime;
  }
  // A big trip's log grown since its last snapshot gets a new one, for the devices that join next; after
  // this device's checkpoints come back, so that those devices do not pull them again.
  const listed = progress.received > 0 ? await snapshotDue(store, server, tripId) : null;
  if (listed) {
    if (checkpointed.size > 0) await pullAll(store, server, tripId, pulling, progress, onProgress);
    await makeSnapshot(store, server, tripId, listed);
  }
  const report = (files: Partial<SyncProgress['files']>) => {
    progress.files = { ...progress.files, ...files };
    onProgress({ ...progress });
  };
  await sendFiles(store, server, tripId, report);
  await fetchSmallFiles(store, server, tripId, report);
  return { ...progress, unverified: pulling.unverified, clockCorrection: store.ctx.clock.correction(), serverTime };
}

/** Where a sync's pull stands: the place reached, the trip's keys once asked for, what it left out and marked lost. */
interface Pulling {
  after: number;
  afterId: unknown;
  /** Asked for only when there is something to verify: most syncs pull nothing. */
  trust: Trust | null;
  unverified: number;
  lost: number;
}

async function trusted(store: Store, server: SyncServer, tripId: RecordId, pulling: Pulling): Promise<Trust> {
  pulling.trust ??= await trustOf(store, server, tripId);
  return pulling.trust;
}

/**
 * Takes in what the others wrote, page by page, each page applied with the
 * position reached in one transaction. A change whose signature does not
 * verify is left out, counted, and never asked for again. Answers the
 * server's time of the last page.
 */
async function pullAll(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  pulling: Pulling,
  progress: SyncProgress,
  onProgress: (progress: SyncProgress) => void,
): Promise<string | null> {
  const { db } = store;
  let serverTime: string | null = null;
  for (;;) {
    const { afterId } = pulling;
    const page = await server.pull(tripId, pulling.after, typeof afterId === 'string' ? afterId : null);
    serverTime = page.serverTime;
    await learnServerTime(store, serverTime);
    pulling.afterId = page.changes.at(-1)?.id ?? afterId;
    const verified =
      page.changes.length > 0 ? await verifiedChanges(await trusted(store, server, tripId, pulling), page) : [];
    const leftOut = page.changes.length - verified.length;
    pulling.unverified += leftOut;
    const applied = await applyRemote(
      store,
      verified,
      [
        { key: cursorKey(tripId), value: page.next },
        { key: cursorIdKey(tripId), value: pulling.afterId ?? null },
        ...(leftOut > 0 ? [await unverifiedSetting(db, tripId, leftOut)] : []),
      ],
      page.bundles,
    );
    pulling.lost += applied.lost;
    progress.received += page.changes.length;
    progress.toReceive = progress.received + page.remaining;
    onProgress({ ...progress });
    pulling.after = page.next;
    if (!page.more) return serverTime;
  }
}

/**
 * Sends the outbox, batch by batch, each batch leaving it only once the
 * server has it; what the roles refused is taken back (a checkpoint refused
 * is only dropped: it held nothing of this device's own). Answers the
 * server's time of the last answer, if any.
 */
async function pushOutbox(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  progress: SyncProgress,
  onProgress: (progress: SyncProgress) => void,
): Promise<string | null> {
  const { db } = store;
  let serverTime: string | null = null;
  for (;;) {
    const batch = await db.outbox.where('tripId').equals(tripId).limit(PUSH_BATCH).sortBy('id');
    if (batch.length === 0) break;
    await markSending(store, batch);
    const pushed = await pushOrRestamp(store, server, tripId, batch.map(asSent));
    serverTime = pushed.serverTime ?? serverTime;
    // What the roles refused goes back here, said in words; the rest of the batch is on the server.
    const byId = new Map(batch.map((change) => [change.id, change]));
    await takeBackRefused(
      store,
      tripId,
      pushed.refused.flatMap(({ index, reason }) => {
        const change = byId.get(pushed.sent[index]?.id ?? '');
        return change && !isCheckpoint(change.value) ? [{ change, reason }] : [];
      }),
    );
    if (pushed.serverTime) await learnServerTime(store, pushed.serverTime);
    await db.outbox.bulkDelete(batch.map((change) => change.id));
    progress.sent += batch.length;
    onProgress({ ...progress });
  }
  return serverTime;
}

/** The change as the protocol has it, without the outbox's own marks. */
function asSent({ sending: _, replaced: __, ...change }: OutboxChange): Change {
  return change;
}

/**
 * Marks a batch as carried by a push before it goes: once sent, a change may
 * be on the server whatever the answer, so a later write of its leaf must
 * not take its place (writeRecords). It stays marked until acknowledged.
 */
async function markSending(store: Store, batch: readonly OutboxChange[]): Promise<void> {
  const ids = batch.filter((change) => !change.sending).map((change) => change.id);
  if (ids.length > 0) await store.db.outbox.where('id').anyOf(ids).modify({ sending: true });
}

/** Signs a batch and pushes it; answers the changes as sent, in the order the server's answer counts them. */
async function pushSigned(store: Store, server: SyncServer, tripId: RecordId, batch: readonly Change[]) {
  const { changes, bundles } = await signOwn(store, tripId, batch);
  if (changes.length === 0) return { accepted: 0, refused: [], serverTime: null, sent: changes };
  return { ...(await server.push(tripId, changes, bundles)), sent: changes };
}

/**
 * Pushes a batch; when the server refuses it as stamped ahead, corrects the
 * clock by the server's time, stamps the unsent changes afresh and pushes
 * the batch again with its new stamps (once: a second refusal is thrown).
 */
async function pushOrRestamp(store: Store, server: SyncServer, tripId: RecordId, batch: Change[]) {
  try {
    return await pushSigned(store, server, tripId, batch);
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'clock_ahead' || !error.serverTime) throw error;
    await learnServerTime(store, error.serverTime);
    await restampUnsent(store, error.serverTime);
    const again = await store.db.outbox.bulkGet(batch.map((change) => change.id));
    return pushSigned(store, server, tripId, again.filter((change) => change !== undefined).map(asSent));
  }
}
