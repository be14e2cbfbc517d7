import {
  type MinutesInput,
  minutesInput,
  type QaNoteInput,
  qaNoteInput,
  type RecordId,
  type TripScoped,
} from '@shared/model';
import { type NoteTarget, noteRecordOf } from '@shared/notes/noteTarget';
import { withTranslation } from '@shared/translation/edits';
import { isTranslatableText, valueAt, withValueAt } from '@shared/translation/fields';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { saveAnswer } from './checklistAnswers';
import { saveMinutes } from './minutes';
import { updateQaNote } from './qaNotes';
import { saveReportNote } from './reportNotes';
import { saveTranslation } from './translations';

type NoteRecord = TripScoped & Record<string, unknown>;

export function noteTable(db: FieldbookDB, target: NoteTarget) {
  return db.table<NoteRecord, RecordId>(noteRecordOf(target).table);
}

/**
 * Saves a value to its note, with its history. Throws a TextTooLongError
 * past a text's limit, a ListTooLongError past a list's, a ZodError for other
 * invalid input, a RecordNotFoundError for a Q&A note deleted meanwhile.
 */
export async function writeNote(store: Store, target: NoteTarget, value: unknown): Promise<NoteRecord> {
  switch (target.kind) {
    case 'answer':
      return saveAnswer(store, target.key, value as string, target.lang);
    case 'minutes':
      return saveMinutes(store, target.tripId, target.visitId, value as MinutesInput, target.lang);
    case 'qaNote':
      return updateQaNote(store, target.id, value as QaNoteInput, target.lang);
    case 'reportNote':
      return saveReportNote(store, target.tripId, target.note, value as string, target.lang);
    case 'translation':
      return saveTranslation(store, target.text, target.lang, value as string);
  }
}

/**
 * The note's content with `value` in it, as typed: not validated, so that
 * text kept aside after a crash is kept whole even past a limit (a restore
 * validates it then).
 */
export function typedContent(target: NoteTarget, current: Record<string, unknown>, value: unknown) {
  switch (target.kind) {
    case 'answer':
    case 'reportNote':
      return { ...current, body: { translations: {}, ...(current.body as object), lang: target.lang, text: value } };
    case 'minutes':
      return { ...current, ...fieldsOf(minutesInput, value) };
    case 'qaNote':
      return { ...current, ...fieldsOf(qaNoteInput, value) };
    case 'translation': {
      const text = valueAt(current, target.text.field);
      return isTranslatableText(text)
        ? withValueAt(current, target.text.field, withTranslation(text, target.lang, value as string))
        : current;
    }
  }
}

/** What a note's editor shows of a stored note: the inverse of typedContent. */
export function storedValueOf(target: NoteTarget, record: Record<string, unknown>): unknown {
  switch (target.kind) {
    case 'answer':
    case 'reportNote':
      return (record.body as { text?: unknown } | undefined)?.text ?? '';
    case 'minutes':
      return fieldsOf(minutesInput, record);
    case 'qaNote':
      return fieldsOf(qaNoteInput, record);
    case 'translation': {
      const text = valueAt(record, target.text.field);
      return isTranslatableText(text) ? (text.translations[target.lang] ?? '') : '';
    }
  }
}

/** Only the fields an editor edits, whatever else a value carries. */
function fieldsOf(schema: { shape: object }, value: unknown): Record<string, unknown> {
  const source = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (key in source ? [[key, source[key]]] : [])));
}
