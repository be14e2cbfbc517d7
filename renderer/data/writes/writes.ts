import { newId, type RecordMeta } from '@shared/model';
import { changedLeaves, leavesOf, type SyncedTable } from '@shared/sync/leaves';
import { type Change, type Leaf, type RecordState, recordOf } from '@shared/sync/merge';
import { Dexie, type Table } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { HistoryEntry, OutboxChange } from '../database/rows';
import type { Store } from '../database/store';
import { keepHistory } from './changeHistory';

/**
 * A record's changes written here and not sent yet, by leaf; those a push
 * carries (`sending`) are left out: the server may hold them already.
 */
async function unsentChanges(db: FieldbookDB, recordId: string): Promise<Map<string, OutboxChange>> {
  const changes = await db.outbox
    .where('[recordId+path]')
    .between([recordId, Dexie.minKey], [recordId, Dexie.maxKey])
    .toArray();
  return new Map(changes.filter((change) => !change.sending).map((change) => [change.path, change]));
}

/** The key of a record's merge state (recordStates): its table and id. */
export const stateKey = (table: SyncedTable, id: string) => `${table}:${id}`;

/** The tables every write of a synced record also writes: the outbox, the merge state, the history, the clock. */
function bookkeeping(db: FieldbookDB): Table[] {
  return [db.outbox, db.recordStates, db.changeHistory, db.settings];
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
 * The one write funnel for synced records (docs/sync-protocol.md, section
 * 3.1): puts each record, and for every leaf it changes appends a change to
 * the outbox, stamped with the record's own stamp, and updates the record's
 * merge state, and keeps it in the record's history (changeHistory.ts, for
 * the tables that keep one); persists the clock. Must run inside a writeTransaction that
 * includes the table. Changes from other devices go through applyRemote
 * instead, never here: they are neither stamped again nor sent back.
 */
export async function writeRecords(store: Store, table: SyncedTable, records: readonly SyncedRecord[]): Promise<void> {
  const { db, ctx } = store;
  const changes: Change[] = [];
  const superseded: string[] = [];
  const history: HistoryEntry[] = [];
  const states: RecordState[] = [];
  const written: SyncedRecord[] = [];
  for (const record of records) {
    const key = stateKey(table, record.id);
    const current = db.table<SyncedRecord, string>(table);
    const state =
      (await db.recordStates.get(key)) ??
      (await current.get(record.id).then((found) => found && stateOfRecord(table, found)));
    const tripId = table === 'trips' ? record.id : String(record.tripId);
    const leaves = { ...state?.leaves };
    const changed = changedLeaves(table, state && recordOf(state), record);
    // A write that changes no leaf sends nothing, so no other device hears of it: the record stays as it
    // is, its stamp and author those of its latest change, as on every other device (section 3.3).
    if (changed.length === 0 && state && (await current.get(record.id))) continue;
    const unsent = state ? await unsentChanges(db, record.id) : new Map<string, OutboxChange>();
    for (const [path, value] of changed) {
      // An unsent change of the same leaf is no longer worth sending: this one takes its place, and
      // its base, so that the others still see one edit over what they know, not a conflict.
      const earlier = unsent.get(path);
      if (earlier) superseded.push(earlier.id);
      const change: Change = {
        id: newId(),
        table,
        recordId: record.id,
        tripId,
        path,
        value,
        hlc: record.hlc,
        base: earlier ? earlier.base : (state?.leaves[path]?.hlc ?? null),
        // The record's own writer (a note written as its author), as its metadata says.
        deviceId: record.updatedBy.deviceId,
        memberId: record.updatedBy.memberId,
      };
      changes.push(change);
      history.push({ ...change, previous: state?.leaves[path]?.value, origin: 'local' });
      const { id, hlc, base, deviceId, memberId } = change;
      leaves[path] = { id, value, hlc, base, deviceId, memberId };
    }
    states.push({ table, id: record.id, tripId, leaves });
    written.push(record);
  }
  await db.table(table).bulkPut(written);
  await db.recordStates.bulkPut(states.map((state) => ({ ...state, key: stateKey(table, state.id) })));
  await db.outbox.bulkDelete(superseded);
  await db.outbox.bulkAdd(changes);
  await keepHistory(db, history);
  await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
}
