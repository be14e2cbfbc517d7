import type { RecordId, RecordMeta } from '@shared/model';
import type { Table } from 'dexie';
import { forgetDraftsOf } from './drafts';
import type { Store } from './store';
import { changeMeta } from './writeContext';

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

export function isLive<T extends Pick<RecordMeta, 'deletedAt'>>(record: T | undefined): record is T {
  return record !== undefined && record.deletedAt === null;
}

/** Applies `changes` to a live record and stamps it, in one transaction. */
export async function updateRecord<T extends RecordMeta>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  changes: Partial<Omit<T, keyof RecordMeta>>,
): Promise<T> {
  return store.db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (!isLive(existing)) throw new RecordNotFoundError(table.name, id);
    const updated: T = { ...existing, ...changes, ...changeMeta(store.ctx) };
    await table.put(updated);
    return updated;
  });
}

async function setTombstone<T extends RecordMeta>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  deleted: boolean,
) {
  const { db } = store;
  await db.transaction('rw', table, db.drafts, async () => {
    const existing = await table.get(id);
    if (!existing || (deleted && !isLive(existing))) throw new RecordNotFoundError(table.name, id);
    const change = changeMeta(store.ctx);
    await table.put({ ...existing, ...change, deletedAt: deleted ? change.updatedAt : null });
    if (deleted) await forgetDraftsOf(db, id);
  });
}

/**
 * Deletes by tombstone: the record stays, marked deleted, so that the
 * deletion reaches other devices and can be undone. Text typed into it and
 * not saved goes: the deletion is what the user wants kept.
 */
export function tombstone<T extends RecordMeta>(store: Store, table: Table<T, RecordId>, id: RecordId): Promise<void> {
  return setTombstone(store, table, id, true);
}

/** Undoes a tombstone. */
export function restore<T extends RecordMeta>(store: Store, table: Table<T, RecordId>, id: RecordId): Promise<void> {
  return setTombstone(store, table, id, false);
}

/**
 * Puts a record back as it was before a change, as a new change of its own
 * (so that the undo reaches other devices too). `before` undefined means the
 * record did not exist: undoing its creation deletes it.
 */
export async function revertRecord<T extends RecordMeta>(
  store: Store,
  table: Table<T, RecordId>,
  id: RecordId,
  before: T | undefined,
): Promise<void> {
  await store.db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new RecordNotFoundError(table.name, id);
    const change = changeMeta(store.ctx);
    await table.put(before ? { ...before, ...change } : { ...current, ...change, deletedAt: change.updatedAt });
  });
}
