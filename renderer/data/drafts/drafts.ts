import type { RecordId, VersionedTable } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Draft } from '../database/rows';
import { SESSION_ID } from '../database/session';
import type { Store } from '../database/store';

/** Where an earlier version kept drafts (see legacyDrafts.ts). */
export const LEGACY_PREFIXES = ['fieldbook.unsaved.', 'fieldbook.draft.'] as const;

export type NewDraft = Pick<Draft, 'key' | 'kind' | 'target' | 'value' | 'basedOn' | 'typedOver'>;

export function noteDraftKey(table: VersionedTable, id: RecordId, sessionId: string): string {
  return `note:${table}:${id}:${sessionId}`;
}

/** The draft of a form that edits an existing record. */
export function formDraftKey(table: string, id: RecordId): string {
  return `form:${table}:${id}`;
}

/**
 * Forgets every draft that names a record (its own, and those of what
 * belongs to it: a visit's minutes, answers and next Q&A note, a trip's
 * forms): when the record is deleted they go with it, in the caller's
 * transaction, which must have drafts in its scope.
 */
export async function forgetDraftsOf(db: FieldbookDB, id: RecordId): Promise<void> {
  await db.drafts
    .filter((draft) => draft.key.includes(id) || JSON.stringify(draft.target ?? null).includes(id))
    .delete();
}

/** Writes a draft, replacing the one under its key. Throws when storage refuses it (full, say). */
export async function keepDraft(store: Store, draft: NewDraft): Promise<void> {
  const { db, ctx } = store;
  await db.drafts.put({
    ...draft,
    memberId: ctx.memberId,
    deviceId: ctx.deviceId,
    typedAt: ctx.now().toISOString(),
    sessionId: SESSION_ID,
  });
}

/** Whether a start has anything to recover: drafts in the database, or an earlier version's in localStorage. */
export async function hasDrafts(db: FieldbookDB): Promise<boolean> {
  return (
    (await db.drafts.count()) > 0 ||
    Object.keys(localStorage).some((key) => LEGACY_PREFIXES.some((p) => key.startsWith(p)))
  );
}

export async function getDraft(db: FieldbookDB, key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

export async function discardDraft(store: Store, key: string): Promise<void> {
  await store.db.drafts.delete(key);
}

/**
 * Runs a save and forgets the draft it came from, in one transaction: a
 * draft never outlives the save of what it held (and so a note or a trip
 * is never created twice from it), nor does a save happen without it.
 */
export async function commitDraft<T>(store: Store, key: string, save: () => Promise<T>): Promise<T> {
  const { db } = store;
  return db.transaction('rw', db.tables, async () => {
    const saved = await save();
    await db.drafts.delete(key);
    return saved;
  });
}
