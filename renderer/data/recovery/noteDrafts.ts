import { ListTooLongError, type RecordId, TextTooLongError, type VersionedTable } from '@shared/model';
import {
  mergedTextsOf,
  type NoteTarget,
  type NoteValue,
  noteRecordOf,
  withOthersEdits,
} from '@shared/notes/noteTarget';
import { ZodError } from 'zod';
import type { Draft } from '../database/rows';
import { SESSION_ID } from '../database/session';
import { asMember, type Store } from '../database/store';
import { waitWhileSavesHeld } from '../database/testHooks';
import { keepDraft, noteDraftKey } from '../drafts/drafts';
import { keepRecoveredVersion, noteContent } from '../history/noteVersions';
import { noteTable, storedValueOf, typedContent, writeNote } from '../records/noteTargets';
import { writeTransaction } from '../writes/writes';

/** A note's draft of one run of the app: two windows typing into one note never share a draft. */
export function draftKeyOf(target: NoteTarget, sessionId: string = SESSION_ID): string {
  const { table, id } = noteRecordOf(target);
  const key = noteDraftKey(table, id, sessionId);
  // A note's translations are typed beside its own text, each into its own draft.
  return target.kind === 'translation' ? `${key}:${target.text.field}:${target.lang}` : key;
}

/**
 * Keeps what is being typed into a note until its next save: `basedOn` is
 * the stored version (hlc) the editor shows, null before the note exists;
 * `typedOver` the value it showed then, so that what was typed can be put
 * into the note however it changed since (writeTyped).
 */
export async function keepNoteDraft<T extends NoteTarget>(
  store: Store,
  target: T,
  value: NoteValue<T>,
  basedOn: string | null,
  typedOver?: NoteValue<T>,
): Promise<void> {
  await keepDraft(store, { key: draftKeyOf(target), kind: 'note', target, value, basedOn, typedOver });
}

/**
 * Writes what was typed into a note over `typedOver` (what its editor
 * showed): texts merge with what others wrote meanwhile, other fields are
 * written only where the user changed them (withOthersEdits). Without
 * `typedOver`, the value is written as it is. Must run in a transaction over
 * the note's table and its history.
 */
async function writeTyped<T extends NoteTarget>(
  store: Store,
  target: T,
  value: NoteValue<T>,
  typedOver: NoteValue<T> | undefined,
) {
  if (typedOver === undefined) return writeNote(store, target, value);
  const { id } = noteRecordOf(target);
  const current = await noteTable(store.db, target).get(id);
  const stored = current ? (storedValueOf(target, current) as NoteValue<T>) : undefined;
  const bases = new Map([...mergedTextsOf(target, typedOver)].map(([path, text]) => [`${id}/${path}`, text]));
  return writeNote(
    { db: store.db, ctx: { ...store.ctx, typedOver: bases } },
    target,
    withOthersEdits(target, value, typedOver, stored),
  );
}

/**
 * Saves a note and forgets its draft in one transaction, so that a draft
 * never outlives the save of what it held; answers the saved version (hlc).
 * With `typedOver`, what the editor showed when the typing began: see writeTyped.
 */
export async function saveNote<T extends NoteTarget>(
  store: Store,
  target: T,
  value: NoteValue<T>,
  typedOver?: NoteValue<T>,
): Promise<string> {
  const { db } = store;
  if (import.meta.env.MODE === 'e2e') await waitWhileSavesHeld('before');
  return writeTransaction(db, [noteTable(db, target), db.noteVersions, db.drafts], async () => {
    const saved = await writeTyped(store, target, value, typedOver);
    await db.drafts.delete(draftKeyOf(target));
    if (import.meta.env.MODE === 'e2e') await waitWhileSavesHeld('inside');
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

/** Where text was kept aside rather than saved, for the user to find it. */
export interface KeptText {
  tripId: RecordId;
  visitId: RecordId | null;
  table: VersionedTable;
  recordId: RecordId;
}

type Placing = { outcome: 'unchanged' | 'current' } | { outcome: 'keptInHistory'; kept: KeptText };

/**
 * Decides what becomes of a note's draft, in one transaction with its
 * removal: nothing when it holds what is stored; `current` when the note is
 * still the version it was typed over, or when the draft says what it was
 * typed over, so that its typing merges with what changed since (the caller
 * saves it, or shows it); otherwise (a draft of an earlier version, over a
 * note changed since, or a deleted note) it is kept as a flagged version in
 * the note's history by its own author, never over the newer text. Text past
 * a limit is kept whole the same way.
 */
async function placeNoteDraft(store: Store, draft: Draft & { target: NoteTarget }, save: boolean): Promise<Placing> {
  const { target } = draft;
  const author = asMember(store, draft.memberId);
  const { db } = store;
  const record = noteRecordOf(target);
  const table = noteTable(db, target);
  const keep = async (): Promise<Placing> => {
    const current = await table.get(record.id);
    const content = typedContent(target, current ? noteContent(current) : {}, draft.value);
    await keepRecoveredVersion(author, { ...record, recordId: record.id }, content, {
      typedAt: draft.typedAt,
      basedOn: draft.basedOn,
    });
    await db.drafts.delete(draft.key);
    const visitId = target.kind === 'answer' ? target.key.visitId : target.kind === 'minutes' ? target.visitId : null;
    return {
      outcome: 'keptInHistory',
      kept: {
        tripId: record.tripId,
        visitId: visitId ?? (current?.visitId as RecordId | undefined) ?? null,
        table: record.table,
        recordId: record.id,
      },
    };
  };
  try {
    return await writeTransaction(db, [table, db.noteVersions, db.drafts], async (): Promise<Placing> => {
      const current = await table.get(record.id);
      const stored = current ? noteContent(current) : {};
      if (current && canonical(typedContent(target, stored, draft.value)) === canonical(stored)) {
        await db.drafts.delete(draft.key);
        return { outcome: 'unchanged' };
      }
      const live = (current?.deletedAt ?? null) === null;
      const untouched = (current?.hlc ?? null) === draft.basedOn;
      const typedOver = draft.typedOver as NoteValue<NoteTarget> | undefined;
      if (!live || (!untouched && typedOver === undefined)) return keep();
      if (save) {
        await writeTyped(author, target, draft.value as NoteValue<NoteTarget>, typedOver);
        await db.drafts.delete(draft.key);
      }
      return { outcome: 'current' };
    });
  } catch (error) {
    // Text that no longer passes validation (past a limit) is kept whole for the user to shorten.
    if (error instanceof TextTooLongError || error instanceof ListTooLongError || error instanceof ZodError) {
      return writeTransaction(db, [table, db.noteVersions, db.drafts], keep);
    }
    throw error;
  }
}

/**
 * When a note's editor opens: text typed into it earlier in this run and
 * not saved (its save failed, and the editor was closed), to show and save
 * again; null when there is none, or when it went to the history because
 * the note changed since.
 */
export async function reopenNoteDraft(
  store: Store,
  target: NoteTarget,
  shownVersion: string | null,
): Promise<{ value: unknown; typedOver: unknown } | null> {
  const draft = await store.db.drafts.get(draftKeyOf(target));
  if (!draft?.target) return null;
  // A draft that says what it was typed over merges into the note as it is now; an older one only over its version.
  if (draft.basedOn !== shownVersion && draft.typedOver === undefined) {
    await placeNoteDraft(store, { ...draft, target: draft.target }, false);
    return null;
  }
  const placing = await placeNoteDraft(store, { ...draft, target: draft.target }, false);
  return placing.outcome === 'current' ? { value: draft.value, typedOver: draft.typedOver } : null;
}

export interface Recovery {
  saved: number;
  /** Text kept in the history of the notes it was typed into, because they changed since. */
  kept: KeptText[];
}

/**
 * At start: the note drafts that runs of the app no longer open left
 * behind, each saved by its own author or kept in its note's history (see
 * placeNoteDraft). A draft that cannot be dealt with now stays for the next start.
 */
export async function recoverNoteDrafts(store: Store, liveSessions: ReadonlySet<string>): Promise<Recovery> {
  const drafts = await store.db.drafts.toArray();
  const recovery: Recovery = { saved: 0, kept: [] };
  for (const draft of drafts) {
    if (draft.kind !== 'note' || !draft.target || liveSessions.has(draft.sessionId)) continue;
    try {
      const placing = await placeNoteDraft(store, { ...draft, target: draft.target }, true);
      if (placing.outcome === 'current') recovery.saved += 1;
      if (placing.outcome === 'keptInHistory') recovery.kept.push(placing.kept);
    } catch {
      // Left in place: nothing typed is dropped because one draft could not be placed today.
    }
  }
  return recovery;
}
