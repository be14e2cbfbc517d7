import {
  type NoteVersion,
  parseNote,
  type RecordId,
  recordSchemas,
  type TripScoped,
  type VersionedTable,
} from '@shared/model';
import { extendsVersion, versionText, withSnapshots, withTexts } from '@shared/notes/versions';
import type { RecordState } from '@shared/sync/merge';
import { fromBase64, snapshotOf, textAt } from '@shared/sync/texts';
import type { Table } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { getState, stateKey } from '../writes/recordStates';
import { isLive, RecordNotFoundError } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** A note's own fields: what a version keeps and a restore puts back. */
export function noteContent(record: TripScoped & Record<string, unknown>): Record<string, unknown> {
  const { id, tripId, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...content } = record;
  return content;
}

/**
 * Adds the note as just saved to its history: it extends the latest version
 * while the same person goes on in the same stretch of editing, or starts a
 * new one (see extendsVersion). Must run inside the transaction that saved
 * the note, with noteVersions in its scope, so that a note and its history
 * never disagree.
 */
export async function recordVersion(
  store: Store,
  recordTable: VersionedTable,
  record: TripScoped & Record<string, unknown>,
): Promise<void> {
  const { db, ctx } = store;
  // Asked for at once: each read awaited alone is a round trip to IndexedDB in every save.
  const [latest, state] = await Promise.all([
    db.noteVersions.where('recordId').equals(record.id).last(),
    getState(db, stateKey(recordTable, record.id)),
  ]);
  const text = noteContent(record);
  const content = withSnapshots(recordTable, text, (path) => {
    const leaf = state?.leaves[path];
    return leaf?.text ? snapshotOf(fromBase64(leaf.text)) : null;
  });
  const stretchId = ctx.stretchId ?? null;
  const edit = {
    by: { deviceId: ctx.deviceId, memberId: ctx.memberId },
    stretchId,
    now: ctx.now(),
    textBefore: latest ? versionText(recordTable, withTextsOf(state, latest).content) : '',
    textAfter: versionText(recordTable, text),
  };
  if (latest && extendsVersion(latest, edit)) {
    await writeRecords(store, 'noteVersions', [{ ...latest, content, ...changeMeta(ctx) }]);
    return;
  }
  const meta = createMeta(ctx);
  await writeRecords(store, 'noteVersions', [
    {
      ...meta,
      tripId: record.tripId,
      recordTable,
      recordId: record.id,
      content,
      startedAt: meta.createdAt,
      stretchId,
    },
  ]);
}

/**
 * Keeps text that could not be put in place (typed before a crash over a
 * version of the note that has changed since) as a version of its own,
 * flagged for the user to restore or dismiss. Must run in a transaction
 * with noteVersions in its scope.
 */
export async function keepRecoveredVersion(
  store: Store,
  target: { table: VersionedTable; tripId: RecordId; recordId: RecordId },
  content: Record<string, unknown>,
  recovered: { typedAt: string; basedOn: string | null },
): Promise<void> {
  const meta = createMeta(store.ctx);
  await writeRecords(store, 'noteVersions', [
    {
      ...meta,
      tripId: target.tripId,
      recordTable: target.table,
      recordId: target.recordId,
      content,
      startedAt: recovered.typedAt,
      stretchId: null,
      recovered: { ...recovered, resolvedAt: null },
    },
  ]);
}

/**
 * A version with its texts as they were, found in the note's merged state
 * (a version keeps snapshots of them, withSnapshots); the note's text as it
 * is now while the state lacks some of what the snapshot saw (not synced yet).
 */
function withTextsOf(state: RecordState | undefined, version: NoteVersion): NoteVersion {
  const content = withTexts(version.recordTable, version.content, (path, snapshot) => {
    const leaf = state?.leaves[path];
    if (!leaf?.text) return null;
    return textAt(fromBase64(leaf.text), snapshot) ?? (typeof leaf.value === 'string' ? leaf.value : null);
  });
  return content === version.content ? version : { ...version, content };
}

/** A note's history, oldest first, each version with its texts; the last version not recovered is the note as it is now. */
export async function listVersions(db: FieldbookDB, recordId: RecordId): Promise<NoteVersion[]> {
  const versions = (await db.noteVersions.where('recordId').equals(recordId).toArray()).filter(isLive);
  const [first] = versions;
  if (!first) return [];
  const state = await getState(db, stateKey(first.recordTable, recordId));
  return versions.map((version) => withTextsOf(state, version));
}

/** Recovered versions of a note that nobody has restored or dismissed yet. */
export function isUnresolvedRecovery(version: NoteVersion): boolean {
  return version.recovered !== undefined && version.recovered.resolvedAt === null;
}

function tableOf(db: FieldbookDB, name: VersionedTable): Table<TripScoped & Record<string, unknown>, RecordId> {
  return db.table(name);
}

async function resolve(store: Store, version: NoteVersion): Promise<void> {
  if (!version.recovered) return;
  await writeRecords(store, 'noteVersions', [
    {
      ...version,
      recovered: { ...version.recovered, resolvedAt: store.ctx.now().toISOString() },
      ...changeMeta(store.ctx),
    },
  ]);
}

/**
 * Makes an earlier (or a recovered) version the note's content again. The
 * restore is always a version of its own, so the text it replaced stays in
 * the history and can be restored in turn.
 */
export async function restoreVersion(store: Store, version: NoteVersion): Promise<void> {
  const { db } = store;
  const table = tableOf(db, version.recordTable);
  const writer: Store = { db, ctx: { ...store.ctx, stretchId: undefined } };
  await writeTransaction(db, [table, db.noteVersions], async () => {
    const current = await table.get(version.recordId);
    if (!isLive(current)) throw new RecordNotFoundError(version.recordTable, version.recordId);
    const content = { ...current, ...version.content, ...changeMeta(writer.ctx) };
    // Validated like any save: a recovered text past a limit is kept whole, and refused here in words. A
    // version the note held was within its limits then, merged texts longer than one writer's included.
    const restored = parseNote(
      recordSchemas[version.recordTable],
      content,
      version.recovered ? current : content,
    ) as TripScoped & Record<string, unknown>;
    await writeRecords(writer, version.recordTable, [restored]);
    await recordVersion(writer, version.recordTable, restored);
    const latest = await db.noteVersions.get(version.id);
    if (latest) await resolve(writer, latest);
  });
}

/** The user has seen a recovered version and keeps the note as it is; the version stays in the history. */
export async function dismissRecoveredVersion(store: Store, versionId: RecordId): Promise<void> {
  const { db } = store;
  await writeTransaction(db, [db.noteVersions], async () => {
    const version = await db.noteVersions.get(versionId);
    if (version) await resolve(store, version);
  });
}
