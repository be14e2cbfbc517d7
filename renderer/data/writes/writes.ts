import { newId, type RecordMeta } from '@shared/model';
import { isMergedByEdits } from '@shared/notes/minutesMerge';
import { withChange } from '@shared/sync/concurrent';
import { parseHlc } from '@shared/sync/hlc';
import {
  changedLeaves,
  isMergedText,
  leavesOf,
  MAX_TEXT_UPDATE,
  type SyncedTable,
  withLeaf,
} from '@shared/sync/leaves';
import {
  type Change,
  type ChangeProblem,
  checkChange,
  type Leaf,
  type RecordState,
  recordOf,
} from '@shared/sync/merge';
import { ForbiddenWriteError, factsOfRecord, refusalOf, type Writer } from '@shared/sync/permissions';
import {
  base64Length,
  fromBase64,
  isCheckpoint,
  isTextUpdate,
  mergeUpdates,
  type TextUpdate,
  toBase64,
  writeText,
} from '@shared/sync/texts';
import { Dexie, type Table } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { HistoryEntry, OutboxChange } from '../database/rows';
import type { Store } from '../database/store';
import type { WriteContext } from '../database/writeContext';
import { writerOn } from '../device/writer';
import { keepHistory } from './changeHistory';
import { keepLost, type LeafMove } from './lostChanges';
import { getState, stateKey, stateTables } from './recordStates';

/**
 * A record's changes written here and not sent yet, by leaf; those a push
 * carries (`sending`) are left out: the server may hold them already.
 */
async function unsentChanges(db: FieldbookDB, recordId: string): Promise<Map<string, OutboxChange>> {
  const changes = await db.outbox
    .where('[recordId+path]')
    .between([recordId, Dexie.minKey], [recordId, Dexie.maxKey])
    .toArray();
  // A checkpoint waiting to go stands for the server's updates, not for this write: it is never joined.
  return new Map(
    changes.filter((change) => !change.sending && !isCheckpoint(change.value)).map((change) => [change.path, change]),
  );
}

/**
 * The tables every write of a synced record also writes (the outbox, the
 * merge state, the history and the lost changes, the clock) or reads (the
 * roster, whose roles say who may change what).
 */
function bookkeeping(db: FieldbookDB): Table[] {
  return [db.outbox, ...stateTables(db), db.changeHistory, db.lostChanges, db.settings, db.members];
}

/**
 * Refuses, before anything is written, a change its writer may not make;
 * `note`, for a note's version, the note it is a version of.
 */
function checkWriter(
  writer: Writer,
  table: SyncedTable,
  record: Record<string, unknown>,
  changed: readonly (readonly [string, unknown])[],
  note: Record<string, unknown> | undefined,
): void {
  const facts = factsOfRecord(table, record, note);
  for (const [path, value] of changed) {
    const refusal = refusalOf(writer, { table, path, recordId: String(record.id), value }, facts);
    if (refusal) throw new ForbiddenWriteError(refusal, table);
  }
}

/**
 * A read-write transaction over `tables` and the sync bookkeeping: the one
 * kind of transaction a repository writes synced records in, so that a
 * record, its changes in the outbox and the clock are written together.
 */
export function writeTransaction<T>(db: FieldbookDB, tables: readonly Table[], write: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...tables, ...bookkeeping(db)], write);
}

type SyncedRecord = RecordMeta & Record<string, unknown>;

/**
 * Raised instead of writing a change the sync server would refuse (past a
 * limit, say): a refused change would stop every push of this device, so
 * nothing of the write is kept.
 */
export class RefusedChangeError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly path: string,
    readonly problem: ChangeProblem,
  ) {
    super(`${table} ${path}: ${problem}`);
    this.name = 'RefusedChangeError';
  }
}

/**
 * The merge state of a record written before it had one (every record made
 * before sync existed): each of its leaves as written by its last writer.
 */
export function stateOfRecord(table: SyncedTable, record: SyncedRecord): RecordState {
  const leaves: Record<string, Leaf> = {};
  for (const [path, value] of leavesOf(table, record)) {
    leaves[path] = {
      id: `${record.id}:${path}`,
      value,
      hlc: record.hlc,
      base: null,
      deviceId: record.updatedBy.deviceId,
      memberId: record.updatedBy.memberId,
    };
  }
  const tripId = table === 'trips' ? record.id : String(record.tripId);
  return { table, id: record.id, tripId, leaves };
}

/**
 * Who writes, by trip, as this transaction found them: a save writes its note
 * and then the note's version, and would read the device's connection and
 * its member's roster entry for each. A write of the roster starts afresh:
 * it may change a role the next write is judged by.
 */
const writersInTransaction = new WeakMap<object, Map<string, Writer | null>>();

function writersOf(table: SyncedTable): Map<string, Writer | null> {
  const transaction = Dexie.currentTransaction;
  if (!transaction || table === 'members') {
    if (transaction) writersInTransaction.delete(transaction);
    return new Map();
  }
  let writers = writersInTransaction.get(transaction);
  if (!writers) {
    writers = new Map();
    writersInTransaction.set(transaction, writers);
  }
  return writers;
}

/**
 * The one write funnel for synced records (docs/sync-protocol.md, section
 * 3.1): puts each record, and for every leaf it changes appends a change to
 * the outbox, stamped with the record's own stamp, and updates the record's
 * merge state, and keeps it in the record's history (changeHistory.ts, for
 * the tables that keep one); marks the leaf's lost changes as it now says
 * (lostChanges.ts: a lost value restored is lost no more, and a concurrent
 * one with the value replaced loses); persists the clock. Must run inside a
 * writeTransaction that includes the table. Each change is checked as the
 * sync server checks it (checkChange: a leaf's limits included), and one it
 * would refuse throws a RefusedChangeError, so the transaction keeps nothing
 * of the write. Changes from other devices go through applyRemote instead,
 * never here: they are neither stamped again nor sent back.
 */
export async function writeRecords<T extends SyncedRecord>(
  store: Store,
  table: SyncedTable,
  records: readonly T[],
): Promise<T[]> {
  const { db, ctx } = store;
  const changes: Change[] = [];
  const superseded: string[] = [];
  const history: HistoryEntry[] = [];
  const states: RecordState[] = [];
  const moves: LeafMove[] = [];
  const written: T[] = [];
  const result: T[] = [];
  const writers = writersOf(table);
  for (const given of records) {
    let record = given;
    const key = stateKey(table, record.id);
    const current = db.table<SyncedRecord, string>(table);
    const tripId = table === 'trips' ? record.id : String(record.tripId);
    // Reads that do not depend on one another are asked for at once: each awaited alone costs a round trip
    // to IndexedDB, and a save makes a dozen (bench/writeFunnel.bench.ts). The unsent changes are of use
    // only to a record with a state, and cost an empty read otherwise.
    const [stored, writerFound, unsentFound] = await Promise.all([
      getState(db, key),
      writers.has(tripId) ? undefined : writerOn(db, tripId),
      unsentChanges(db, record.id),
    ]);
    if (!writers.has(tripId)) writers.set(tripId, writerFound ?? null);
    const state = stored ?? (await current.get(record.id).then((found) => found && stateOfRecord(table, found)));
    const leaves = { ...state?.leaves };
    const changed = changedLeaves(table, state && recordOf(state), record);
    const writer = writers.get(tripId);
    if (writer && writer.role !== 'organiser' && changed.length > 0) {
      const note =
        table === 'noteVersions' && typeof record.recordTable === 'string' && typeof record.recordId === 'string'
          ? await db.table(record.recordTable).get(record.recordId)
          : undefined;
      // The record as it stood decides whose it is; a new one, as it is made.
      checkWriter(writer, table, state ? recordOf(state) : record, changed, note);
    }
    // A write that changes no leaf sends nothing, so no other device hears of it: the record stays as it
    // is, its stamp and author those of its latest change, as on every other device (section 3.3).
    if (changed.length === 0 && state && (await current.get(record.id))) {
      result.push(record);
      continue;
    }
    // An edit comes after every value it replaces, whatever this device's clock reads: a value stamped
    // further ahead (a device whose clock runs fast) would otherwise win over it everywhere but here.
    const replaced = changed
      .flatMap(([path]) => state?.leaves[path]?.hlc ?? [])
      .sort()
      .at(-1);
    if (replaced !== undefined && replaced >= record.hlc) {
      const hlc = ctx.clock.after(replaced);
      // Its time as every device rebuilds it from the stamp.
      record = { ...record, hlc, updatedAt: new Date(parseHlc(hlc).millis).toISOString() };
    }
    const unsent = state ? unsentFound : new Map<string, OutboxChange>();
    for (const [path, value] of changed) {
      const leaf = state?.leaves[path];
      const text = isMergedText(table, path)
        ? writeMergedText(ctx, record.id, path, leaf, value, unsent.get(path))
        : null;
      // An unsent change of the same leaf is no longer worth sending: this one takes its place, and,
      // while the leaf still holds it, its base, so that the others still see one edit over what they
      // know, not a conflict. A leaf that took another device's change since was seen over that one.
      // An unsent update stays when the two joined would not fit one change: this one is written over it.
      const earlier = text?.apart ? undefined : unsent.get(path);
      if (earlier) superseded.push(earlier.id);
      const over = earlier && leaf?.id === earlier.id ? earlier.base : (leaf?.hlc ?? null);
      // A merged text is what this write's typing makes of the text as it now stands, others' edits kept.
      if (text) record = withLeaf(record, path, text.value) as T;
      const change: Change = {
        id: newId(),
        table,
        recordId: record.id,
        tripId,
        path,
        value: text ? text.sent : value,
        hlc: record.hlc,
        base: over,
        // The record's own writer (a note written as its author), as its metadata says.
        deviceId: record.updatedBy.deviceId,
        memberId: record.updatedBy.memberId,
      };
      const checked = checkChange(change);
      if (!checked.ok) throw new RefusedChangeError(table, path, checked.problem);
      // What this change replaced here, so that a change the server refuses can be taken back (syncTrip).
      changes.push({ ...change, replaced: earlier ? (earlier.replaced ?? null) : (leaf ?? null) } as OutboxChange);
      // What the others knew, for a leaf merged edit by edit: the value before the unsent ones, if any.
      const knew = isMergedByEdits(table, path) ? { over: (earlier ? earlier.replaced : leaf)?.value ?? null } : {};
      history.push({
        ...change,
        ...(text ? { value: text.value } : {}),
        previous: leaf?.value,
        origin: 'local',
        ...knew,
      });
      const { id, hlc, base, deviceId, memberId } = change;
      // The unsent change this one took the place of reaches no other device: it is dropped, not concurrent.
      leaves[path] = text
        ? { id, value: text.value, hlc, base, deviceId, memberId, text: text.state, ...legacyPart(leaf) }
        : withChange(leaf, { id, value, hlc, base, deviceId, memberId }, earlier?.id);
    }
    const after = { table, id: record.id, tripId, leaves };
    for (const [path] of changed) moves.push({ before: state, after, path });
    states.push(after);
    written.push(record);
    result.push(record);
  }
  await db.table(table).bulkPut(written);
  await db.recordStates.bulkPut(states.map((state) => ({ ...state, key: stateKey(table, state.id) })));
  await db.outbox.bulkDelete(superseded);
  await db.outbox.bulkAdd(changes);
  await keepHistory(db, history);
  await keepLost(db, moves);
  await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
  return result;
}

/** The plain value a leaf held before texts merged, kept beside its merged state (shared/sync/merge.ts). */
function legacyPart(leaf: Leaf | undefined): { legacy?: Leaf } {
  const legacy = leaf && (leaf.text === undefined && !leaf.legacy ? leaf : leaf.legacy);
  return legacy && typeof legacy.value === 'string' ? { legacy } : {};
}

/**
 * A local write of a merged text (shared/sync/texts.ts): the edit typed,
 * applied to the text as it stands with what others wrote meanwhile, sent as
 * a Yjs update (with an unsent one of the same leaf, merged into one, unless
 * the two would not fit one change: then it is sent `apart`).
 */
function writeMergedText(
  ctx: WriteContext,
  recordId: string,
  path: string,
  leaf: Leaf | undefined,
  value: unknown,
  earlier: OutboxChange | undefined,
): { value: string; state: string; sent: TextUpdate; apart: boolean } {
  const legacy = legacyPart(leaf).legacy?.value;
  const written = writeText({
    state: leaf?.text ? fromBase64(leaf.text) : null,
    legacy: leaf?.text ? null : typeof legacy === 'string' ? legacy : null,
    recordId,
    path,
    clientId: ctx.textClient,
    text: typeof value === 'string' ? value : '',
    base: ctx.typedOver?.get(`${recordId}/${path}`),
  });
  const joined =
    earlier && isTextUpdate(earlier.value) ? mergeUpdates([fromBase64(earlier.value.yjs), written.update]) : null;
  const apart = joined !== null && base64Length(joined) > MAX_TEXT_UPDATE;
  const update = joined && !apart ? joined : written.update;
  return { value: written.text, state: toBase64(written.state), sent: { yjs: toBase64(update) }, apart };
}
