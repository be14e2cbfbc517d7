import type { Language } from '@shared/i18n/languages';
import {
  mergedText,
  parseNote,
  type RecordId,
  type ReportNote,
  type ReportNoteKey,
  reportNoteId,
  type TranslatableText,
  withDetectedLanguage,
} from '@shared/model';
import { withStoredTranslations } from '@shared/translation/edits';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { recordVersion } from '../history/noteVersions';
import { isLive } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export async function listReportNotes(db: FieldbookDB, tripId: RecordId): Promise<ReportNote[]> {
  return (await db.reportNotes.where('tripId').equals(tripId).toArray()).filter(isLive);
}

/**
 * Saves what the organiser wrote for one part of the report (created on
 * the first save, under the id every device derives for it), with its
 * history; its translations stay as they are, and a reviewed one is a draft
 * again once the original it was checked against changes.
 */
export function saveReportNote(
  store: Store,
  tripId: RecordId,
  key: ReportNoteKey,
  text: string,
  lang: Language,
): Promise<ReportNote> {
  // The organiser edits the original; its translations stay as stored, a review back to draft when it changes.
  return putReportNote(store, tripId, key, (stored) =>
    withStoredTranslations(
      withDetectedLanguage(parseNote(mergedText, { lang, text, translations: {} }, stored), lang),
      stored,
    ),
  );
}

/**
 * Puts a report note's text as given, translations and reviews with it, with
 * its history: a text emptied whole (a letter back to the visits' summaries,
 * its translations gone with what they translated), or put back as it was
 * (the undo of that). Answers the text it replaced, undefined for a new note.
 */
export async function replaceReportNoteBody(
  store: Store,
  tripId: RecordId,
  key: ReportNoteKey,
  body: TranslatableText,
): Promise<TranslatableText | undefined> {
  let replaced: TranslatableText | undefined;
  await putReportNote(store, tripId, key, (stored) => {
    replaced = stored;
    return parseNote(mergedText, body, stored);
  });
  return replaced;
}

/** Writes one report note's body, made from the body stored now; the note and its version in one transaction. */
function putReportNote(
  store: Store,
  tripId: RecordId,
  key: ReportNoteKey,
  bodyOf: (stored: TranslatableText | undefined) => TranslatableText,
): Promise<ReportNote> {
  const { db } = store;
  const id = reportNoteId(tripId, key);
  return writeTransaction(db, [db.reportNotes, db.noteVersions], async () => {
    const existing = await db.reportNotes.get(id);
    const body = bodyOf(existing?.body);
    const note: ReportNote = existing
      ? { ...existing, body, deletedAt: null, ...changeMeta(store.ctx) }
      : { ...createMeta(store.ctx, id), tripId, ...key, body };
    await writeRecords(store, 'reportNotes', [note]);
    await recordVersion(store, 'reportNotes', note);
    return note;
  });
}
