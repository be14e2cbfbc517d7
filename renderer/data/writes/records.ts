import type { RecordId, RecordMeta } from '@shared/model';
import { changedLeaves, leavesOf, type SyncedTable, withLeaf } from '@shared/sync/leaves';
import type { Table } from 'dexie';
import type { Store } from '../database/store';
import { changeMeta } from '../database/writeContext';
import { forgetDraftsOf } from '../drafts/drafts';
import { isLive } from './live';
import { writeRecords, writeTransaction } from './writes';

export { isLive } from './live';

/** Raised when a record to change does not exist or was deleted (e.g. by another window). */
export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

type SyncedRecord = RecordMeta & Record<string, unknown>;

/** Applies `changes` to a live record and stamps it, in one transaction. */
export async function updateRecord<T extends SyncedRecord>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  changes: Partial<Omit<T, keyof RecordMeta>>,
): Promise<T> {
  return writeTransaction(store.db, [table], async () => {
    const existing = await table.get(id);
    if (!isLive(existing)) throw new RecordNotFoundError(table.name, id);
    const updated: T = { ...existing, ...changes, ...changeMeta(store.ctx) };
    // As the funnel wrote it: its stamp may have moved past the values it replaced.
    const [written] = await writeRecords(store, table.name as SyncedTable, [updated]);
    return written ?? updated;
  });
}

async function setTombstone<T extends SyncedRecord>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  deleted: boolean,
) {
  const { db } = store;
  await writeTransaction(db, [table, db.drafts], async () => {
    const existing = await table.get(id);
    if (!existing || (deleted && !isLive(existing))) throw new RecordNotFoundError(table.name, id);
    const change = changeMeta(store.ctx);
    await writeRecords(store, table.name as SyncedTable, [
      { ...existing, ...change, deletedAt: deleted ? change.updatedAt : null },
    ]);
    if (deleted) await forgetDraftsOf(db, id);
  });
}

/**
 * Deletes by tombstone: the record stays, marked deleted, so that the
 * deletion reaches other devices and can be undone. Text typed into it and
 * not saved goes: the deletion is what the user wants kept.
 */
export function tombstone<T extends SyncedRecord>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
): Promise<void> {
  return setTombstone(store, table, id, true);
}

/** Undoes a tombstone: only the record's deletion, nothing else of it. */
export function restore<T extends SyncedRecord>(store: Store, table: Table<T, RecordId>, id: RecordId): Promise<void> {
  return setTombstone(store, table, id, false);
}

/**
 * Takes back one change of a record, as a new change of its own (so that the
 * undo reaches other devices too): the leaves that went from `before` to
 * `after` go back to `before`, and nothing else, so a change made since by
 * someone else to another part of the record stays. `before` undefined means
 * the change created the record: undoing it deletes it.
 */
export async function revertRecord<T extends SyncedRecord>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  before: T | undefined,
  after: T,
): Promise<void> {
  await writeTransaction(store.db, [table], async () => {
    const current = await table.get(id);
    if (!current) throw new RecordNotFoundError(table.name, id);
    const change = changeMeta(store.ctx);
    const name = table.name as SyncedTable;
    const old = new Map(before ? leavesOf(name, before) : []);
    const reverted = before
      ? changedLeaves(name, before, after).reduce<Record<string, unknown>>(
          (record, [path]) => withLeaf(record, path, old.get(path) ?? null),
          current,
        )
      : { ...current, deletedAt: change.updatedAt };
    await writeRecords(store, name, [{ ...(reverted as T), ...change }]);
  });
}
