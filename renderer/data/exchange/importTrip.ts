import { readTripFile } from '@shared/exchange/readTripFile';
import { FileRefused } from '@shared/exchange/tripFile';
import { type Attachment, type RecordId, recordSchemas } from '@shared/model';
import { ACCEPTED_TYPES } from '@shared/model/attachmentFile';
import { SYNCED_TABLES } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import type { Store } from '../database/store';
import { thumbnailOf } from '../records/attachmentBytes';
import { filesHere, putFiles } from '../records/attachments';
import { applyRemote } from '../sync/applyRemote';
import { rootSetting } from '../sync/signatures';
import { stateKey } from '../writes/writes';
import { checkRoles, checkSignatures, recordsAfter } from './fileChecks';

/** What a file brought: said to the user ("12 notes from 3 members added", or nothing new). */
export interface Imported {
  tripId: RecordId;
  tripTitle: string;
  /** Changes this device did not hold. */
  changes: number;
  /** Notes (answers, minutes, Q&A notes, the report's notes) they touch, and their writers. */
  notes: number;
  members: number;
  /** Files whose bytes this device lacked. */
  files: number;
  /** Changes of devices the trip does not know yet, set apart, not applied. */
  unknown: number;
  /** Changes stamped ahead of this device's clock, left for the server to bring once their device corrects them. */
  ahead: number;
}

const NOTE_TABLES = new Set(['checklistAnswers', 'minutes', 'qaNotes', 'reportNotes']);

/**
 * Takes in a `.fieldbook` file (docs/sync-protocol.md, section 11): read
 * and checked whole first (the zip, then every signature and every role),
 * then applied in one transaction with sync's own merge (applyRemote), the
 * files' bytes with it: all or nothing. `into`, when the user imports into
 * a trip, refuses another trip's file, naming it. A repeat, an older file
 * or one overlapping what came by the server changes nothing and says so.
 */
export async function importTripFile(
  store: Store,
  chunks: AsyncIterable<Uint8Array>,
  options: { into?: RecordId; onProgress?: (bytesRead: number) => void } = {},
): Promise<Imported> {
  const { db } = store;
  const file = await readTripFile(chunks, options.onProgress);
  const { trip } = file.manifest;
  const tripId = trip.id as RecordId;
  if (options.into && options.into !== tripId)
    throw new FileRefused('other_trip', `the file is of trip ${tripId}`, trip);
  const checked = await checkSignatures(db, file, store.ctx.clock.now());
  await checkRoles(db, checked.changes);
  const news = await newOf(store, checked.changes);
  const attachments = await attachmentsAfter(store, tripId, checked.changes);
  const lacking = await filesLacking(store, attachments, file.files);
  const thumbnails = new Map<string, Blob | null>();
  for (const { attachment, bytes } of lacking)
    if (
      attachment.sha256 &&
      ACCEPTED_TYPES[attachment.mimeType]?.kind === 'image' &&
      !thumbnails.has(attachment.sha256)
    )
      thumbnails.set(
        attachment.sha256,
        await thumbnailOf(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment.mimeType })),
      );
  const tables = [...SYNCED_TABLES.map((table) => db.table(table))];
  const bookkeeping = [db.recordStates, db.lostChanges, db.changeHistory, db.settings, db.changeLog, db.bundles];
  await db.transaction('rw', [...tables, ...bookkeeping, db.tripKeys, db.attachmentBlobs], async () => {
    await applyRemote(store, checked.changes, [rootSetting(tripId, checked.root)], checked.bundles);
    await db.tripKeys.bulkPut(checked.keys.map((key) => ({ ...key, tripId })));
    for (const { attachment, bytes } of lacking) {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment.mimeType });
      await putFiles(db, [attachment.id], blob, thumbnails.get(attachment.sha256 ?? '') ?? null);
    }
  });
  return {
    tripId,
    tripTitle: trip.title,
    changes: news.length,
    notes: new Set(news.filter((change) => NOTE_TABLES.has(change.table)).map((change) => change.recordId)).size,
    members: new Set(news.map((change) => change.memberId)).size,
    files: new Set(lacking.map(({ attachment }) => attachment.sha256)).size,
    unknown: checked.unknown.length,
    ahead: checked.ahead.length,
  };
}

/** The changes this device did not hold: in neither its log, its outbox, nor its records' leaves. */
async function newOf(store: Store, changes: readonly Change[]) {
  const { db } = store;
  const ids = changes.map((change) => change.id);
  const logged = await db.changeLog.bulkGet(ids);
  const waiting = await db.outbox.bulkGet(ids);
  const states = await db.recordStates.bulkGet(changes.map((change) => stateKey(change.table, change.recordId)));
  return changes.filter((change, index) => {
    if (logged[index] || waiting[index]) return false;
    const leaf = states[index]?.leaves[change.path];
    return leaf?.id !== change.id && !leaf?.concurrent?.some((head) => head.id === change.id);
  });
}

/** The trip's attachments once the file's changes are applied. */
async function attachmentsAfter(store: Store, tripId: RecordId, changes: readonly Change[]): Promise<Attachment[]> {
  const touched = await recordsAfter(
    store.db,
    changes.filter((change) => change.table === 'attachments'),
  );
  const byId = new Map<string, unknown>(
    (await store.db.attachments.where('tripId').equals(tripId).toArray()).map((held) => [held.id, held]),
  );
  for (const record of touched.values()) byId.set(String(record.id), record);
  return [...byId.values()].flatMap((record) => {
    const parsed = recordSchemas.attachments.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The attachments whose bytes the file holds and this device lacks. */
async function filesLacking(store: Store, attachments: readonly Attachment[], files: ReadonlyMap<string, Uint8Array>) {
  const here = await filesHere(
    store.db,
    attachments.map((attachment) => attachment.id),
  );
  return attachments.flatMap((attachment) => {
    const bytes = attachment.sha256 ? files.get(attachment.sha256) : undefined;
    return bytes && !here.has(attachment.id) ? [{ attachment, bytes }] : [];
  });
}
