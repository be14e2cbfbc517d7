import {
  parseNote,
  type RecordId,
  type RecordMeta,
  recordSchemas,
  type TripScoped,
  VERSIONED_TABLES,
  type VersionedTable,
} from '@shared/model';
import { DELETED_AT, leavesOf, type SyncedTable, withLeaf } from '@shared/sync/leaves';
import type { Refusal } from '@shared/sync/permissions';
import type { FieldbookDB } from '../database/db';
import type { HistoryEntry } from '../database/rows';
import type { Store } from '../database/store';
import { changeMeta } from '../database/writeContext';
import { getState, stateKey } from '../writes/recordStates';
import { isLive, RecordNotFoundError } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';
import { recordVersion } from './noteVersions';

/**
 * A change in a record's history, and whether it lost to a concurrent change
 * of its leaf, or was refused by the sync server and taken back (why).
 */
export interface HistoryItem extends HistoryEntry {
  lost: boolean;
  refused: Refusal | null;
}

export interface RecordHistory {
  /** Newest first. */
  changes: HistoryItem[];
  /** Each leaf's value here now, by path. */
  current: Record<string, unknown>;
}

/**
 * A record's history: the changes kept for it, and the changes of it that
 * lost to a concurrent one (shared/sync/merge.ts, lostOf), marked so, newest
 * first. Lost changes are known for every table, notes included.
 */
export async function listChangeHistory(
  db: FieldbookDB,
  table: SyncedTable,
  recordId: RecordId,
): Promise<RecordHistory> {
  const [kept, lostChanges, state, record] = await Promise.all([
    db.changeHistory.where('[table+recordId]').equals([table, recordId]).toArray(),
    db.lostChanges.where('recordId').equals(recordId).toArray(),
    getState(db, stateKey(table, recordId)),
    db.table<RecordMeta & Record<string, unknown>, string>(table).get(recordId),
  ]);
  const lost = lostChanges.filter((change) => change.table === table);
  const lostById = new Map(lost.map((change) => [change.id, change]));
  const keptIds = new Set(kept.map((entry) => entry.id));
  const changes: HistoryItem[] = [
    ...kept.map((entry) => ({
      ...entry,
      lost: lostById.has(entry.id),
      refused: lostById.get(entry.id)?.refused ?? null,
    })),
    ...lost
      .filter((change) => !keptIds.has(change.id))
      .map(({ refused, ...change }) => ({
        ...change,
        origin: 'remote' as const,
        lost: true,
        refused: refused ?? null,
      })),
  ].sort((a, b) => (a.hlc === b.hlc ? b.path.localeCompare(a.path) : a.hlc < b.hlc ? 1 : -1));
  const current = state
    ? Object.fromEntries(Object.entries(state.leaves).map(([path, leaf]) => [path, leaf.value]))
    : Object.fromEntries(record ? leavesOf(table, record) : []);
  return { changes, current };
}

const isNoteTable = (table: SyncedTable): table is VersionedTable =>
  (VERSIONED_TABLES as readonly SyncedTable[]).includes(table);

/**
 * Writes a value of a record's leaf again (a lost change, restored) as a new
 * change of this device, through the write funnel: it goes to the outbox and,
 * with the newest stamp, wins on every device. Only that leaf changes.
 * Validated as any save; a note's restore is a version of its own. Returns
 * how to undo it: the value the leaf held, written back the same way.
 */
export async function restoreLeaf(
  store: Store,
  table: SyncedTable,
  recordId: RecordId,
  path: string,
  value: unknown,
): Promise<() => Promise<void>> {
  const { db } = store;
  const records = db.table<RecordMeta & Record<string, unknown>, RecordId>(table);
  // A note and its history are written together.
  const scope = isNoteTable(table) ? [records, db.noteVersions] : [records];
  const writer: Store = { db, ctx: { ...store.ctx, stretchId: undefined } };
  const before = await writeTransaction(db, scope, async () => {
    const existing = await records.get(recordId);
    if (!existing || (path !== DELETED_AT && !isLive(existing))) throw new RecordNotFoundError(table, recordId);
    const was = new Map(leavesOf(table, existing)).get(path) ?? null;
    const changed = { ...withLeaf(existing, path, value), ...changeMeta(writer.ctx) };
    if (isNoteTable(table)) {
      // A note's text past its limit is refused in words (TextTooLongError), as when it is typed.
      const note = parseNote(recordSchemas[table], changed, existing) as TripScoped & Record<string, unknown>;
      await writeRecords(writer, table, [note]);
      await recordVersion(writer, table, note);
    } else {
      await writeRecords(writer, table, [recordSchemas[table].parse(changed) as RecordMeta & Record<string, unknown>]);
    }
    return was;
  });
  return async () => {
    await restoreLeaf(store, table, recordId, path, before);
  };
}
