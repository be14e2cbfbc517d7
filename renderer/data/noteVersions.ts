import type { NoteVersion, RecordId, RecordMeta, TripScoped, VersionedTable } from '@shared/model';
import { extendsVersion } from '@shared/notes/versions';
import type { Table } from 'dexie';
import type { FieldbookDB } from './db';
import { isLive, RecordNotFoundError } from './records';
import type { Store } from './store';
import { changeMeta, createMeta } from './writeContext';

/** A note's own fields: what a version keeps and a restore puts back. */
export function noteContent(record: TripScoped & Record<string, unknown>): Record<string, unknown> {
  const { id, tripId, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...content } = record;
  return content;
}

/**
 * Adds the note as just saved to its history: it extends the latest version
 * while the same person keeps editing, or starts a new one. Must run inside
 * the transaction that saved the note, with noteVersions in its scope, so
 * that a note and its history never disagree.
 */
export async function recordVersion(
  store: Store,
  recordTable: VersionedTable,
  record: TripScoped & Record<string, unknown>,
): Promise<void> {
  const { db, ctx } = store;
  const latest = await db.noteVersions.where('recordId').equals(record.id).last();
  const content = noteContent(record);
  const by = { deviceId: ctx.deviceId, memberId: ctx.memberId };
  if (latest && extendsVersion(latest, by, ctx.now())) {
    await db.noteVersions.put({ ...latest, content, ...changeMeta(ctx) });
    return;
  }
  const meta = createMeta(ctx);
  await db.noteVersions.add({
    ...meta,
    tripId: record.tripId,
    recordTable,
    recordId: record.id,
    content,
    startedAt: meta.createdAt,
  });
}

/** A note's history, oldest first; the last version is the note as it is now. */
export async function listVersions(db: FieldbookDB, recordId: RecordId): Promise<NoteVersion[]> {
  return (await db.noteVersions.where('recordId').equals(recordId).toArray()).filter(isLive);
}

function tableOf(db: FieldbookDB, name: VersionedTable): Table<TripScoped & Record<string, unknown>, RecordId> {
  return db.table(name);
}

/** Makes an earlier version the note's content again; the restore is itself a new version. */
export async function restoreVersion(store: Store, version: NoteVersion): Promise<void> {
  const { db } = store;
  const table = tableOf(db, version.recordTable);
  await db.transaction('rw', table, db.noteVersions, async () => {
    const current = await table.get(version.recordId);
    if (!isLive(current)) throw new RecordNotFoundError(version.recordTable, version.recordId);
    const restored = { ...current, ...version.content, ...changeMeta(store.ctx) } as TripScoped &
      RecordMeta &
      Record<string, unknown>;
    await table.put(restored);
    await recordVersion(store, version.recordTable, restored);
  });
}
