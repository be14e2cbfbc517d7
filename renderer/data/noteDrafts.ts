import { TextTooLongError } from '@shared/model';
import { ZodError } from 'zod';
import { type Draft, keepDraft, noteDraftKey } from './drafts';
import { type NoteTarget, type NoteValue, noteRecordOf, noteTable, typedContent, writeNote } from './noteTargets';
import { keepRecoveredVersion, noteContent } from './noteVersions';
import { asMember, type Store } from './store';
import { waitWhileSavesHeld } from './testHooks';

export function draftKeyOf(target: NoteTarget): string {
  const { table, id } = noteRecordOf(target);
  return noteDraftKey(table, id);
}

/**
 * Keeps what is being typed into a note until its next save: `basedOn` is
 * the stored version (hlc) the editor shows, null before the note exists.
 */
export async function keepNoteDraft<T extends NoteTarget>(
  store: Store,
  target: T,
  value: NoteValue<T>,
  basedOn: string | null,
): Promise<void> {
  await keepDraft(store, { key: draftKeyOf(target), kind: 'note', target, value, basedOn });
}

/**
 * Saves a note and forgets its draft in one transaction, so that a draft
 * never outlives the save of what it held; answers the saved version (hlc).
 */
export async function saveNote<T extends NoteTarget>(store: Store, target: T, value: NoteValue<T>): Promise<string> {
  const { db } = store;
  return db.transaction('rw', noteTable(db, target), db.noteVersions, db.drafts, async () => {
    const saved = await writeNote(store, target, value);
    await db.drafts.delete(draftKeyOf(target));
    if (import.meta.env.MODE === 'e2e') await waitWhileSavesHeld();
    return saved.hlc;
  });
}

/** Field values compared as typed: the language a save detects is not a change of the user's. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (key === 'lang') return undefined;
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)));
  });
}

type Outcome = 'unchanged' | 'saved' | 'keptInHistory';

/**
 * Puts one note draft left by a run of the app that ended before saving it
 * where it belongs, by its own author: saved as the newer text when the
 * note is still the version it was typed over; otherwise (changed since on
 * this device or another, or deleted) kept as a flagged version in the
 * note's history, never over the newer text. Either way in one transaction
 * with the draft's removal.
 */
async function recoverNoteDraft(store: Store, draft: Draft & { target: NoteTarget }): Promise<Outcome> {
  const { target } = draft;
  const author = asMember(store, draft.memberId);
  const { db } = store;
  const record = noteRecordOf(target);
  const table = noteTable(db, target);
  const keep = async () => {
    const current = await table.get(record.id);
    const content = typedContent(target, current ? noteContent(current) : {}, draft.value);
    await keepRecoveredVersion(author, { ...record, recordId: record.id }, content, {
      typedAt: draft.typedAt,
      basedOn: draft.basedOn,
    });
    await db.drafts.delete(draft.key);
    return 'keptInHistory' as const;
  };
  try {
    return await db.transaction('rw', table, db.noteVersions, db.drafts, async (): Promise<Outcome> => {
      const current = await table.get(record.id);
      const stored = current ? noteContent(current) : {};
      if (current && canonical(typedContent(target, stored, draft.value)) === canonical(stored)) {
        await db.drafts.delete(draft.key);
        return 'unchanged';
      }
      const untouched = (current?.hlc ?? null) === draft.basedOn && (current?.deletedAt ?? null) === null;
      if (!untouched) return keep();
      await writeNote(author, target, draft.value);
      await db.drafts.delete(draft.key);
      return 'saved';
    });
  } catch (error) {
    // Text that no longer passes validation (past a limit) is kept whole for the user to shorten.
    if (error instanceof TextTooLongError || error instanceof ZodError) {
      return db.transaction('rw', table, db.noteVersions, db.drafts, keep);
    }
    throw error;
  }
}

export interface Recovery {
  saved: number;
  keptInHistory: number;
}

/**
 * At start: the note drafts that runs of the app no longer open left
 * behind. A draft that cannot be dealt with now stays for the next start.
 */
export async function recoverNoteDrafts(store: Store, liveSessions: ReadonlySet<string>): Promise<Recovery> {
  const drafts = await store.db.drafts.toArray();
  const recovery: Recovery = { saved: 0, keptInHistory: 0 };
  for (const draft of drafts) {
    if (draft.kind !== 'note' || !draft.target || liveSessions.has(draft.sessionId)) continue;
    try {
      const outcome = await recoverNoteDraft(store, { ...draft, target: draft.target });
      if (outcome !== 'unchanged') recovery[outcome] += 1;
    } catch {
      // Left in place: nothing typed is dropped because one draft could not be placed today.
    }
  }
  return recovery;
}
