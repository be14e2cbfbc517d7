import { readTripFile, type StagedTripFile } from '@shared/exchange/readTripFile';
import { FileRefused } from '@shared/exchange/tripFile';
import { type Attachment, type RecordId, recordSchemas } from '@shared/model';
import { ACCEPTED_TYPES } from '@shared/model/attachmentFile';
import type { Change } from '@shared/sync/merge';
import { fromBase64, holdsAll, isTextUpdate } from '@shared/sync/texts';
import type { Store } from '../database/store';
import { thumbnailOf } from '../records/attachmentBytes';
import { filesHere, putFiles } from '../records/attachments';
import { applyRemote, applyRemoteTables } from '../sync/applyRemote';
import { rootSetting } from '../sync/signatures';
import { getStates, stateKey } from '../writes/recordStates';
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
  // The files wait on disk, checked, one at a time in memory, until the file is applied or refused.
  const staged = new Set<string>();
  const keepFile = async (sha256: string, bytes: Uint8Array) => {
    staged.add(sha256);
    await db.stagedFiles.put({ sha256, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  };
  try {
    return await takeIn(store, await readTripFile(chunks, keepFile, options.onProgress), options.into);
  } finally {
    await db.stagedFiles.bulkDelete([...staged]);
  }
}

async function takeIn(store: Store, file: StagedTripFile, into: RecordId | undefined): Promise<Imported> {
  const { db } = store;
  const { trip } = file.manifest;
  const tripId = trip.id as RecordId;
  if (into && into !== tripId) throw new FileRefused('other_trip', `the file is of trip ${tripId}`, trip);
  const checked = await checkSignatures(store, file, store.ctx.clock.now());
  await checkRoles(db, checked.changes);
  const news = await newOf(store, checked.changes);
  const attachments = await attachmentsAfter(store, tripId, checked.changes);
  const lacking = await filesLacking(store, attachments, file.files);
  // A photo's thumbnail is made before the transaction, which cannot wait on the browser's decoding.
  const thumbnails = new Map<string, Blob | null>();
  for (const { sha256, mimeType } of lacking) {
    if (ACCEPTED_TYPES[mimeType]?.kind !== 'image' || thumbnails.has(sha256)) continue;
    const blob = (await db.stagedFiles.get(sha256))?.blob;
    thumbnails.set(sha256, blob ? await thumbnailOf(new Blob([blob], { type: mimeType })) : null);
  }
  const files = [db.tripKeys, db.attachmentBlobs, db.stagedFiles, db.heldChanges, db.unknownKeys];
  await db.transaction('rw', [...applyRemoteTables(db), ...files], async () => {
    await applyRemote(store, checked.changes, checked.pin ? [rootSetting(tripId, checked.pin)] : [], checked.bundles);
    // What the server may lack goes to it at this device's next sync, as its writers signed it (relay.ts).
    await db.changeLog
      .where('id')
      .anyOf(news.map((change) => change.id))
      .modify({ passOn: 1 });
    await db.tripKeys.bulkPut(checked.keys.map((key) => ({ ...key, tripId })));
    // Held, not applied, until an organiser accepts or refuses their device (unknownDevices.ts).
    await db.heldChanges.bulkPut(checked.unknown);
    await db.bundles.bulkPut(checked.unknownBundles);
    await db.unknownKeys.bulkPut(checked.claimed.map((key) => ({ ...key, tripId })));
    for (const { id, sha256, mimeType } of lacking) {
      const staged = (await db.stagedFiles.get(sha256))?.blob;
      if (staged) await putFiles(db, [id], new Blob([staged], { type: mimeType }), thumbnails.get(sha256) ?? null);
    }
  });
  return {
    tripId,
    tripTitle: trip.title,
    changes: news.length,
    notes: new Set(news.filter((change) => NOTE_TABLES.has(change.table)).map((change) => change.recordId)).size,
    members: new Set(news.map((change) => change.memberId)).size,
    files: new Set(lacking.map(({ sha256 }) => sha256)).size,
    unknown: checked.unknown.length,
    ahead: checked.ahead.length,
  };
}

/** The changes this device did not hold: in neither its log, its outbox, nor its records' leaves. */
async function newOf(store: Store, changes: readonly Change[]) {
  const { db } = store;
  const ids = changes.map((change) => change.id);
  const known = new Set([
    ...(await db.changeLog.where('id').anyOf(ids).primaryKeys()),
    ...(await db.outbox.where('id').anyOf(ids).primaryKeys()),
  ]);
  const keys = [...new Set(changes.map((change) => stateKey(change.table, change.recordId)))];
  const states = new Map(
    (await getStates(db, keys)).flatMap((state, index) => (state ? [[keys[index], state] as const] : [])),
  );
  // A merged text's update is new only for what it adds: the whole text sent again holds nothing new.
  const holders = new Map<string, (update: Uint8Array) => boolean>();
  return changes.filter((change) => {
    if (known.has(change.id)) return false;
    const key = stateKey(change.table, change.recordId);
    const leaf = states.get(key)?.leaves[change.path];
    if (leaf?.text && isTextUpdate(change.value)) {
      const holds = holders.get(`${key}/${change.path}`) ?? holdsAll(fromBase64(leaf.text));
      holders.set(`${key}/${change.path}`, holds);
      return !holds(fromBase64(change.value.yjs));
    }
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
async function filesLacking(
  store: Store,
  attachments: readonly Attachment[],
  files: ReadonlySet<string>,
): Promise<{ id: RecordId; sha256: string; mimeType: Attachment['mimeType'] }[]> {
  const here = await filesHere(
    store.db,
    attachments.map((attachment) => attachment.id),
  );
  return attachments.flatMap(({ id, sha256, mimeType }) =>
    sha256 && files.has(sha256) && !here.has(id) ? [{ id, sha256, mimeType }] : [],
  );
}
