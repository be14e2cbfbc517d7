import { type RecordId, recordSchemas } from '@shared/model';
import { CHUNK_BYTES, chunkCount, chunkLength, missingChunks } from '@shared/sync/blobs';
import { type ListedSnapshot, SyncError, type SyncServer } from '@shared/sync/client';
import { SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import { type RecordState, recordOf } from '@shared/sync/merge';
import {
  decodeSnapshot,
  encodeSnapshot,
  type ReadSnapshot,
  SnapshotError,
  type SnapshotMeta,
  signSnapshot,
  verifySnapshot,
} from '@shared/sync/snapshots';
import type { Store } from '../database/store';
import { sha256Of } from '../records/attachmentBytes';
import { baseRows, holdsStates, stateTables, tripStates } from '../writes/recordStates';
import { cursorIdKey, cursorKey, pulledUpTo } from './cursor';
import { deviceKey, firstOrganiserOf, pinnedRootOf, signingMember, type Trust } from './signatures';

/**
 * Snapshots of a trip (docs/sync-protocol.md, section 3.6): a new device
 * begins from the trip as it is, not from every save ever made. The member
 * who published the trip vouches for them, as they are the trip's first
 * word: a device of theirs makes one when it is due (isDue), and a new
 * device takes one only when that member's key, chained from the trip's
 * first device, signed it.
 */

/** The first snapshot, once the log holds this many bytes: a first sync of less is quick already. */
export const FIRST_SNAPSHOT_BYTES = 256 * 1024;

/**
 * Whether a new snapshot is worth making: the first once the log has grown
 * past FIRST_SNAPSHOT_BYTES; the next once the log after the listed one
 * holds a third of that one's bytes, so that a new device never downloads
 * more than four thirds of a snapshot's worth, however often the texts in
 * it were saved.
 */
export function isDue({ snapshot, after }: ListedSnapshot): boolean {
  if (after.changes === 0) return false;
  return snapshot ? after.bytes * 3 >= snapshot.size : after.bytes >= FIRST_SNAPSHOT_BYTES;
}

/**
 * The trip's snapshot as listed, when this device signs as the member who
 * published the trip and a new one is `due`; null otherwise (asking the
 * server nothing on any other member's device).
 */
export async function snapshotDue(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  due: (listed: ListedSnapshot) => boolean = isDue,
): Promise<ListedSnapshot | null> {
  const member = await signingMember(store, tripId);
  if (!member || member !== (await firstOrganiserOf(store.db, tripId))) return null;
  const listed = await server.snapshot(tripId);
  return due(listed) ? listed : null;
}

/**
 * Makes and lists a snapshot of the trip further than the one `listed`, when
 * this device has nothing waiting to be sent (its state is then the log's up
 * to where it pulled). Answers whether it listed one. A refusal by the
 * server (the device's role changed, the log moved) only means no snapshot
 * this time.
 */
export async function makeSnapshot(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  listed: ListedSnapshot,
): Promise<boolean> {
  const { db } = store;
  const made = await db.transaction(
    'r',
    [db.settings, db.outbox, db.changeLog, ...stateTables(db), db.lostChanges],
    async () => {
      const upTo = await pulledUpTo(db, tripId);
      const upToId = (await db.settings.get(cursorIdKey(tripId)))?.value;
      if (upTo <= (listed.snapshot?.upTo ?? 0) || typeof upToId !== 'string') return null;
      const waiting = await db.outbox.where('tripId').equals(tripId).count();
      const passOn = await db.changeLog.where('[tripId+passOn]').equals([tripId, 1]).count();
      if (waiting + passOn > 0) return null;
      const states = (await tripStates(db, tripId)).map(({ key: _, ...state }): RecordState => state);
      // A change the server refused never was the trip's: only this device keeps it, for its writer.
      const lost = await db.lostChanges.filter((change) => change.tripId === tripId && !change.refused).toArray();
      return { upTo, upToId, states, lost };
    },
  );
  if (!made) return false;
  const bytes = encodeSnapshot({ tripId, upTo: made.upTo, states: made.states, lost: made.lost });
  const sha256 = await sha256Of(new Blob([bytes]));
  try {
    const status = await server.beginBlob(tripId, sha256, bytes.byteLength);
    for (const index of missingChunks(status)) {
      const start = index * CHUNK_BYTES;
      await server.putChunk(tripId, sha256, index, bytes.slice(start, start + chunkLength(bytes.byteLength, index)));
    }
    const { privateKey } = await deviceKey(db);
    const of = { upTo: made.upTo, upToId: made.upToId, sha256, size: bytes.byteLength, deviceId: store.ctx.deviceId };
    await server.putSnapshot(tripId, await signSnapshot(privateKey, tripId, of));
    return true;
  } catch (error) {
    if (error instanceof SyncError && ['forbidden', 'not_found', 'invalid_body', 'too_large'].includes(error.code))
      return false;
    throw error;
  }
}

/** Whether the member who published the trip signed the snapshot, with a key of theirs valid where it stands. */
async function vouched(store: Store, trust: Trust, tripId: RecordId, meta: SnapshotMeta): Promise<boolean> {
  const signer = trust.keys.get(meta.deviceId);
  const root = await pinnedRootOf(store.db, tripId);
  if (!signer || !root || signer.memberId !== trust.keys.get(root)?.memberId) return false;
  if (signer.revokedAfter !== null && signer.revokedAfter < meta.upTo) return false;
  return verifySnapshot(signer.key, tripId, meta);
}

/** A snapshot's bytes, checked against its SHA-256; null when the server holds other bytes. */
async function download(
  server: SyncServer,
  tripId: RecordId,
  meta: SnapshotMeta,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const bytes = new Uint8Array(meta.size);
  for (let index = 0; index < chunkCount(meta.size); index += 1) {
    const chunk = await server.getChunk(tripId, meta.sha256, index);
    if (chunk.byteLength !== chunkLength(meta.size, index)) return null;
    bytes.set(chunk, index * CHUNK_BYTES);
  }
  return (await sha256Of(new Blob([bytes]))) === meta.sha256 ? bytes : null;
}

/**
 * A new device's first sync begins from the trip's snapshot: when this
 * device holds nothing of the trip and has pulled none of its log, the
 * listed snapshot, once its signature, bytes and every record in it check,
 * is written all at once with the place in the log it stands for, from
 * which the pull goes on. Answers where the pull goes on from; null when
 * there is no snapshot to take (none listed, one that does not check, or
 * a device that holds some of the trip), and the whole log is pulled.
 */
export async function takeSnapshot(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  trustOf: () => Promise<Trust>,
): Promise<{ upTo: number; upToId: string } | null> {
  const { db, ctx } = store;
  const holdsNone = async () => (await pulledUpTo(db, tripId)) === 0 && !(await holdsStates(db, tripId));
  if (!(await holdsNone())) return null;
  const meta = (await server.snapshot(tripId)).snapshot;
  if (!meta || !(await vouched(store, await trustOf(), tripId, meta))) return null;
  const bytes = await download(server, tripId, meta);
  if (!bytes) return null;
  let snapshot: ReadSnapshot;
  try {
    snapshot = decodeSnapshot(bytes, tripId, meta);
  } catch (error) {
    if (error instanceof SnapshotError) return null;
    throw error;
  }
  const records = new Map<SyncedTable, unknown[]>();
  let latest = '';
  for (const state of snapshot.states) {
    for (const leaf of Object.values(state.leaves)) if (leaf.hlc > latest) latest = leaf.hlc;
    // A record whose leaves have not all arrived waits for them, as after a pull.
    const record = recordSchemas[state.table].safeParse(recordOf(state));
    if (!record.success) continue;
    const rows = records.get(state.table) ?? [];
    rows.push(record.data);
    records.set(state.table, rows);
  }
  const tables = [...SYNCED_TABLES.map((table) => db.table(table)), ...stateTables(db), db.lostChanges, db.settings];
  // Its states are kept packed, as they came: a record's own row is written when the record is next.
  const kept = baseRows(tripId, { upTo: meta.upTo, latest }, snapshot.packed);
  return db.transaction('rw', tables, async () => {
    // Another window may have begun the trip meanwhile: then it pulls the log as usual.
    if (!(await holdsNone())) return null;
    await db.stateBases.put(kept.base);
    await db.stateBuckets.bulkPut(kept.buckets);
    for (const [table, rows] of records) await db.table(table).bulkPut(rows);
    await db.lostChanges.bulkPut(snapshot.lost);
    if (latest) ctx.clock.receive(latest);
    await db.settings.bulkPut([
      { key: 'clock', value: ctx.clock.latest() },
      { key: cursorKey(tripId), value: meta.upTo },
      { key: cursorIdKey(tripId), value: meta.upToId },
    ]);
    return { upTo: meta.upTo, upToId: meta.upToId };
  });
}
