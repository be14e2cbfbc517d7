import type { Language } from '@shared/i18n/languages';
import {
  mergedText,
  parseNote,
  type RecordId,
  type ReportNote,
  type ReportNoteKey,
  reportNoteId,
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
export async function saveReportNote(
  store: Store,
  tripId: RecordId,
  key: ReportNoteKey,
  text: string,
  lang: Language,
): Promise<ReportNote> {
  const { db } = store;
  const id = reportNoteId(tripId, key);
  return writeTransaction(db, [db.reportNotes, db.noteVersions], async () => {
    const existing = await db.reportNotes.get(id);
    // The organiser edits the original; its translations stay as stored, a review back to draft when it changes.
    const body = withStoredTranslations(
      withDetectedLanguage(parseNote(mergedText, { lang, text, translations: {} }, existing?.body), lang),
      existing?.body,
    );
    const note: ReportNote = existing
      ? { ...existing, body, deletedAt: null, ...changeMeta(store.ctx) }
      : { ...createMeta(store.ctx, id), tripId, ...key, body };
    await writeRecords(store, 'reportNotes', [note]);
    await recordVersion(store, 'reportNotes', note);
    return note;
  });
}
