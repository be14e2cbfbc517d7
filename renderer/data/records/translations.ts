import type { Language } from '@shared/i18n/languages';
import {
  type LocalizedName,
  parseNote,
  type RecordId,
  type RecordMeta,
  recordSchemas,
  type TranslatableText,
  type TripScoped,
} from '@shared/model';
import { mayChange } from '@shared/sync/permissions';
import { withNameIn, withReview, withTranslation } from '@shared/translation/edits';
import {
  type FieldPath,
  isLocalizedName,
  isTranslatableText,
  type TextRef,
  valueAt,
  withValueAt,
} from '@shared/translation/fields';
import { type NamedTable, type TripText, tripTexts } from '@shared/translation/texts';
import type { Table } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta } from '../database/writeContext';
import { writerOn } from '../device/writer';
import { recordVersion } from '../history/noteVersions';
import { isLive, RecordNotFoundError } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';
import { loadReportRecords } from './reportRecords';

/** A name to write in another language: a trip's, a member's or an itinerary item's. */
export interface NameRef {
  table: NamedTable;
  id: RecordId;
  field: FieldPath;
}

type Stored = TripScoped & Record<string, unknown>;

/**
 * Changes one text of a note and nothing else of it, with the note's
 * history, in one transaction (a note and its history never disagree, see
 * recordVersion). Only the leaves the change touches go to the outbox:
 * `body/translations/ja`, and `body/reviewed/ja` when a review changes.
 * An interpreter's translation adds no version: the roles keep a note's
 * versions to whom may change the note (shared/sync/permissions.ts), and
 * the server would refuse it.
 */
async function changeText(
  store: Store,
  ref: TextRef,
  change: (text: TranslatableText) => TranslatableText,
): Promise<Stored> {
  const { db } = store;
  const table: Table<Stored, RecordId> = db.table(ref.table);
  return writeTransaction(db, [table, db.noteVersions], async () => {
    const existing = await table.get(ref.id);
    const text = valueAt(existing, ref.field);
    if (!isLive(existing) || !isTranslatableText(text)) throw new RecordNotFoundError(ref.table, ref.id);
    const changed = change(text);
    if (changed === text) return existing;
    const updated = withValueAt({ ...existing, ...changeMeta(store.ctx) }, ref.field, changed);
    // Validated like any save of the note (a translation past the limit is refused in words); the
    // record is written as it was read, not as the schema would rewrite it, so no other leaf moves.
    parseNote(recordSchemas[ref.table], updated, existing);
    await writeRecords(store, ref.table, [updated]);
    if (mayChange(await writerOn(db, existing.tripId), 'noteVersions')) await recordVersion(store, ref.table, updated);
    return updated;
  });
}

/** Saves the translation of a text into `lang` as typed; a reviewed translation that changes is a draft again. */
export function saveTranslation(store: Store, ref: TextRef, lang: Language, translation: string): Promise<Stored> {
  return changeText(store, ref, (text) => withTranslation(text, lang, translation));
}

/** Marks the translation of a text into `lang` reviewed, or back to a draft. */
export function markReviewed(store: Store, ref: TextRef, lang: Language, reviewed: boolean): Promise<Stored> {
  return changeText(store, ref, (text) =>
    Boolean(text.reviewed?.[lang]) === reviewed ? text : withReview(text, lang, reviewed),
  );
}

/** Writes a name in `lang` (blank removes it); the record's change goes to its history like a form's. */
export async function saveName(store: Store, ref: NameRef, lang: Language, written: string): Promise<void> {
  const { db } = store;
  const table: Table<RecordMeta & Record<string, unknown>, RecordId> = db.table(ref.table);
  await writeTransaction(db, [table], async () => {
    const existing = await table.get(ref.id);
    const name = valueAt(existing, ref.field);
    if (!isLive(existing) || !isLocalizedName(name)) throw new RecordNotFoundError(ref.table, ref.id);
    const next: LocalizedName = withNameIn(name, lang, written);
    if ((name[lang] ?? '') === (next[lang] ?? '')) return;
    const updated = withValueAt({ ...existing, ...changeMeta(store.ctx) }, ref.field, next);
    parseNote(recordSchemas[ref.table], updated, existing);
    await writeRecords(store, ref.table, [updated]);
  });
}

/**
 * Every text of a trip that goes into an export (see tripTexts), read in one
 * transaction so that a list never mixes records from before and after a
 * sync; null when the trip does not exist.
 */
export async function listTripTexts(db: FieldbookDB, tripId: RecordId): Promise<TripText[] | null> {
  const records = await loadReportRecords(db, tripId);
  return records ? tripTexts(records) : null;
}
