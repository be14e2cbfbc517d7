import type { Language } from '@shared/i18n/languages';
import { positionBetween } from '@shared/itinerary/positions';
import {
  parseNote,
  type QaNote,
  type QaNoteFields,
  type QaNoteInput,
  qaNoteInput,
  type RecordId,
  withDetectedLanguage,
} from '@shared/model';
import { withStoredTranslations } from '@shared/translation/edits';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { getDraft } from '../drafts/drafts';
import { recordVersion } from '../history/noteVersions';
import { isLive, RecordNotFoundError, restore, tombstone } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** A visit's Q&A notes in the order they were taken. */
export async function listQaNotes(db: FieldbookDB, visitId: RecordId): Promise<QaNote[]> {
  const notes = (await db.qaNotes.where('visitId').equals(visitId).toArray()).filter(isLive);
  return notes.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id.localeCompare(b.id)));
}

export async function listTripQaNotes(db: FieldbookDB, tripId: RecordId): Promise<QaNote[]> {
  return (await db.qaNotes.where('tripId').equals(tripId).toArray()).filter(isLive);
}

/**
 * A note's fields validated against the note as it is (`existing`), its
 * texts marked with the language they are written in (`lang` decides when
 * the script does not tell). Throws a TextTooLongError past a text's limit,
 * a ListTooLongError past a list's, a ZodError for other invalid input.
 */
function qaFields(input: QaNoteInput, lang: Language | undefined, existing?: QaNote): QaNoteFields {
  const fields = parseNote(qaNoteInput, input, existing);
  return {
    ...fields,
    question: withDetectedLanguage(fields.question, lang),
    answer: withDetectedLanguage(fields.answer, lang),
  };
}

/**
 * Adds a Q&A note after the visit's others. `id` is the one the composer
 * chose when it started the note, so that a note added once is never added
 * again from a draft that outlived it.
 */
export async function addQaNote(
  store: Store,
  tripId: RecordId,
  visitId: RecordId,
  input: QaNoteInput,
  options: { lang?: Language; id?: RecordId } = {},
): Promise<QaNote> {
  const fields = qaFields(input, options.lang);
  const { db } = store;
  // Its place comes from the visit's current last note, read in the same transaction.
  return writeTransaction(db, [db.qaNotes, db.noteVersions], async () => {
    const last = (await listQaNotes(db, visitId)).at(-1);
    const note: QaNote = {
      ...createMeta(store.ctx, options.id),
      tripId,
      visitId,
      ...fields,
      writtenBy: store.ctx.memberId,
      position: positionBetween(last?.position ?? null, null),
    };
    await writeRecords(store, 'qaNotes', [note]);
    await recordVersion(store, 'qaNotes', note);
    return note;
  });
}

/** The note as a save of `input` makes it from `existing`; the texts' translations stay as stored (see withStoredTranslations). */
function qaNoteAfter(store: Store, existing: QaNote, input: QaNoteInput, lang?: Language): QaNote {
  const fields = qaFields(input, lang, existing);
  const question = withStoredTranslations(fields.question, existing.question);
  const answer = withStoredTranslations(fields.answer, existing.answer);
  return { ...existing, ...fields, question, answer, ...changeMeta(store.ctx) };
}

export async function updateQaNote(store: Store, id: RecordId, input: QaNoteInput, lang?: Language): Promise<QaNote> {
  const { db } = store;
  return writeTransaction(db, [db.qaNotes, db.noteVersions], async () => {
    const existing = await db.qaNotes.get(id);
    if (!isLive(existing)) throw new RecordNotFoundError('qaNotes', id);
    const note = qaNoteAfter(store, existing, input, lang);
    await writeRecords(store, 'qaNotes', [note]);
    await recordVersion(store, 'qaNotes', note);
    return note;
  });
}

export async function deleteQaNote(store: Store, id: RecordId): Promise<void> {
  await tombstone(store, store.db.qaNotes, id);
}

export async function restoreQaNote(store: Store, id: RecordId): Promise<void> {
  await restore(store, store.db.qaNotes, id);
}

/** The Q&A composer's next note: the id it will be added under, and its fields. */
export interface ComposedNote {
  id: RecordId;
  fields: QaNoteFields;
}

export function composerDraftKey(visitId: RecordId): string {
  return `composer:qaNotes:${visitId}`;
}

/**
 * The next note as it was left in a visit's composer; null when there is
 * none, or when it was added already (a draft that outlived its note is
 * forgotten, so that a note is never added twice).
 */
export async function getComposedNote(store: Store, visitId: RecordId): Promise<ComposedNote | null> {
  const { db } = store;
  const key = composerDraftKey(visitId);
  return db.transaction('rw', db.drafts, db.qaNotes, async () => {
    const draft = await getDraft(db, key);
    if (!draft) return null;
    const composed = draft.value as ComposedNote;
    if (await db.qaNotes.get(composed.id)) {
      await db.drafts.delete(key);
      return null;
    }
    return composed;
  });
}
