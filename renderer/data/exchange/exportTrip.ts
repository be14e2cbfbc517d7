import { FILE_FORMAT, FILE_VERSION, type Manifest, PAGE_CHANGES, type Page } from '@shared/exchange/tripFile';
import { type Cancel, type FileBytes, writeTripFile } from '@shared/exchange/writeTripFile';
import type { RecordId } from '@shared/model';
import { type Change, recordKey } from '@shared/sync/merge';
import type { Bundle } from '@shared/sync/signing';
import { Dexie } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { LoggedChange } from '../database/rows';
import type { Store } from '../database/store';
import type { ExportMark } from '../device/exportMarks';
import { writerOn } from '../device/writer';
import { getAttachmentFile, listTripAttachments } from '../records/attachments';
import { ownChangesOf, ownChangeTables } from '../sync/publishTrip';
import { keysToCarry, signingMember, signOwn } from '../sync/signatures';
import { stateKey } from '../writes/recordStates';
import { writeTransaction } from '../writes/writes';

/** How far an export has got: changes and files written, of how many. */
export interface ExportProgress {
  changes: number;
  ofChanges: number;
  files: number;
  ofFiles: number;
}

/** Read from a file's bytes a slice at a time: a photo is never whole in the writer's hands. */
const SLICE_BYTES = 1024 * 1024;

/**
 * Writes a trip as a `.fieldbook` file (docs/sync-protocol.md, section 11)
 * to `write`, a stream: the changes this device holds, each signed by its
 * writer (the log, with its bundles; this device's own not in the log,
 * unsent or never synced, signed now), the keys that verify them, and the
 * bytes of the attachments held here. A backup holds the whole trip. An
 * exchange (`changes`) after an earlier one to the same member holds the
 * records changed since (`since`: lastExportTo them), each whole, so that
 * its recipient judges every change by the record it belongs to; the first
 * holds everything. Answers, with its progress, where it reached.
 */
export async function exportTrip(
  store: Store,
  tripId: RecordId,
  write: (chunk: Uint8Array) => Promise<void>,
  options: {
    kind: Manifest['kind'];
    since?: ExportMark | null;
    cancel?: Cancel;
    onProgress?: (progress: ExportProgress) => void;
  },
): Promise<ExportProgress & { reached: ExportMark }> {
  const { db, ctx } = store;
  const trip = await db.trips.get(tripId);
  if (!trip) throw new Error(`No trip ${tripId} on this device`);
  const memberId = await signingMember(store, tripId);
  if (!memberId) throw new Error('No member is using this device on the trip: nothing could be signed');
  const keys = await keysToCarry(store, tripId);
  const signers = new Set(keys.keys.map((key) => key.deviceId));
  const { clock, changes: unsigned } = await ownUnsent(store, tripId);
  const since = options.kind === 'changes' ? (options.since ?? null) : null;
  const { touched, upTo } = await changedSince(db, tripId, since, unsigned);
  const holds = (change: Change) => touched === null || touched.has(recordKey(change.table, change.recordId));
  const goes = (change: Change) => signers.has(change.deviceId) && holds(change);
  const own = await signed(store, tripId, unsigned.filter(holds));
  const logged = await loggedCount(db, tripId, goes);
  const files = (await filesOf(db, tripId)).filter(
    ({ ids }) => touched === null || ids.some((id) => touched.has(recordKey('attachments', id))),
  );
  const progress: ExportProgress = {
    changes: 0,
    ofChanges: own.changes.length + logged,
    files: 0,
    ofFiles: files.length,
  };
  const report = options.onProgress ?? (() => {});
  const manifest: Manifest = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    kind: options.kind,
    trip: { id: tripId, title: (trip.title[trip.languages.home] ?? '').slice(0, 200) },
    from: { deviceId: ctx.deviceId, memberId },
    writtenAt: new Date().toISOString(),
    pages: Math.ceil(own.changes.length / PAGE_CHANGES) + Math.ceil(logged / PAGE_CHANGES),
    changes: progress.ofChanges,
    files: files.map(({ sha256, file }) => ({ sha256, size: file.size })),
  };
  const counted = async function* (pages: AsyncIterable<Page>) {
    for await (const page of pages) {
      progress.changes += page.changes.length;
      report({ ...progress });
      yield page;
    }
  };
  const bytes = async function* (): AsyncGenerator<FileBytes> {
    for (const { sha256, file } of files) {
      yield { sha256, size: file.size, read: () => slices(file) };
      progress.files += 1;
      report({ ...progress });
    }
  };
  await writeTripFile(
    { manifest, keys, pages: counted(pagesOf(db, tripId, own, goes)), files: bytes() },
    write,
    options.cancel,
  );
  return { ...progress, reached: { upTo, clock } };
}

/**
 * The records changed since an earlier export (those of the changes logged
 * after its place in the log, and of this device's own stamped after its
 * clock), and the last place in the log; null for every record, with none.
 */
async function changedSince(
  db: FieldbookDB,
  tripId: RecordId,
  since: ExportMark | null,
  own: readonly Change[],
): Promise<{ touched: Set<string> | null; upTo: number }> {
  const after = since?.upTo ?? 0;
  const touched = new Set(
    own
      .filter((change) => since === null || change.hlc > since.clock)
      .map((change) => recordKey(change.table, change.recordId)),
  );
  let upTo = after;
  await loggedOf(db, tripId).each((change) => {
    const at = change.at ?? 0;
    upTo = Math.max(upTo, at);
    if (at > after) touched.add(recordKey(change.table, change.recordId));
  });
  return { touched: since === null ? null : touched, upTo };
}

/**
 * This device's changes of the trip that are not in its log: those waiting
 * in the outbox and the values never sent (ownChangesOf), and the clock
 * they were read at: every later write of this device's is stamped after
 * it. The ids given to leaves made before sync are kept in the same
 * transaction, and the waiting changes are marked as gone, as a push marks
 * them: another device may hold them now as they are.
 */
async function ownUnsent(store: Store, tripId: RecordId): Promise<{ changes: Change[]; clock: string }> {
  const { db, ctx } = store;
  const writer = await writerOn(db, tripId);
  return writeTransaction(db, ownChangeTables(db), async () => {
    const waiting = await db.outbox.where('tripId').equals(tripId).toArray();
    const held = new Set([
      ...waiting.map((change) => change.id),
      ...(await db.changeLog
        .where('[tripId+id]')
        .between([tripId, Dexie.minKey], [tripId, Dexie.maxKey])
        .primaryKeys()),
    ]);
    const { changes, states } = await ownChangesOf(store, tripId, writer, (id) => held.has(id));
    // They leave the device in the file: as after a push, a later write of their leaves no longer takes their place.
    await db.outbox
      .where('id')
      .anyOf(waiting.filter((change) => !change.sending).map((change) => change.id))
      .modify({ sending: true });
    await db.recordStates.bulkPut(states.map((state) => ({ ...state, key: stateKey(state.table, state.id) })));
    const clock = ctx.clock.latest();
    await db.settings.put({ key: 'clock', value: clock });
    return { clock, changes: [...waiting.map(({ sending: _, replaced: __, ...change }) => change), ...changes] };
  });
}

/** This device's changes signed now, in bundles of a page each. */
async function signed(
  store: Store,
  tripId: RecordId,
  unsigned: readonly Change[],
): Promise<{ changes: Change[]; bundles: Bundle[] }> {
  const own = { changes: [] as Change[], bundles: [] as Bundle[] };
  for (let at = 0; at < unsigned.length; at += PAGE_CHANGES) {
    const { changes, bundles } = await signOwn(store, tripId, unsigned.slice(at, at + PAGE_CHANGES));
    own.changes.push(...changes);
    own.bundles.push(...bundles);
  }
  return own;
}

const loggedOf = (db: FieldbookDB, tripId: RecordId) =>
  db.changeLog.where('[tripId+id]').between([tripId, Dexie.minKey], [tripId, Dexie.maxKey]);

/** How many logged changes go (`goes`: signed by a device whose key the file carries, of a record it holds). */
async function loggedCount(db: FieldbookDB, tripId: RecordId, goes: (change: Change) => boolean): Promise<number> {
  let count = 0;
  await loggedOf(db, tripId).each((change) => {
    if (goes(change)) count += 1;
  });
  return count;
}

/** The pages: this device's own first, then the log, a page at a time, each with the bundles its changes name. */
async function* pagesOf(
  db: FieldbookDB,
  tripId: RecordId,
  own: { changes: Change[]; bundles: Bundle[] },
  goes: (change: Change) => boolean,
): AsyncGenerator<Page> {
  const ownBundles = new Map(own.bundles.map((bundle) => [bundle.id, bundle]));
  for (let at = 0; at < own.changes.length; at += PAGE_CHANGES) {
    const changes = own.changes.slice(at, at + PAGE_CHANGES);
    const named = new Set(changes.map((change) => change.bundle));
    yield { changes, bundles: [...ownBundles.values()].filter((bundle) => named.has(bundle.id)) };
  }
  let batch: LoggedChange[] = [];
  const flush = async (): Promise<Page> => {
    const ids = [...new Set(batch.map((change) => change.bundle))];
    const bundles = (await db.bundles.bulkGet(ids)).filter((bundle) => bundle !== undefined);
    const page = { changes: batch, bundles };
    batch = [];
    return page;
  };
  let after = '';
  for (;;) {
    const next = await db.changeLog
      .where('[tripId+id]')
      .between([tripId, after], [tripId, Dexie.maxKey], false, true)
      .limit(PAGE_CHANGES)
      .toArray();
    if (next.length === 0) break;
    after = next.at(-1)?.id ?? after;
    for (const change of next) {
      if (!goes(change)) continue;
      const { passOn: _, ...asSigned } = change;
      batch.push(asSigned);
      if (batch.length === PAGE_CHANGES) yield await flush();
    }
  }
  if (batch.length > 0) yield await flush();
}

/** The trip's attachments' files held here, once per file, with the attachments that name it, the removed ones' too. */
async function filesOf(db: FieldbookDB, tripId: RecordId): Promise<{ sha256: string; file: Blob; ids: string[] }[]> {
  const files = new Map<string, { file: Blob; ids: string[] }>();
  for (const attachment of await listTripAttachments(db, tripId)) {
    if (!attachment.sha256) continue;
    const held = files.get(attachment.sha256);
    if (held) {
      held.ids.push(attachment.id);
      continue;
    }
    const file = await getAttachmentFile(db, attachment.id);
    if (file && file.size > 0) files.set(attachment.sha256, { file, ids: [attachment.id] });
  }
  return [...files].map(([sha256, held]) => ({ sha256, ...held }));
}

async function* slices(file: Blob): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += SLICE_BYTES)
    yield new Uint8Array(await file.slice(at, at + SLICE_BYTES).arrayBuffer());
}
