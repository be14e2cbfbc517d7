import type { Language } from '@shared/i18n/languages';
import {
  answerId,
  type MinutesFields,
  type MinutesInput,
  minutesId,
  minutesInput,
  type QaNoteFields,
  type QaNoteInput,
  qaNoteInput,
  type RecordId,
  reportNoteId,
  type TripScoped,
  type VersionedTable,
} from '@shared/model';
import { withTranslation } from '@shared/translation/edits';
import { isTranslatableText, valueAt, withValueAt } from '@shared/translation/fields';
import { type AnswerKey, saveAnswer } from './checklistAnswers';
import type { FieldbookDB } from './db';
import { saveMinutes } from './minutes';
import { updateQaNote } from './qaNotes';
import { type ReportNoteKey, saveReportNote } from './reportNotes';
import type { Store } from './store';
import { saveTranslation, type TextRef } from './translations';

/**
 * A note that saves itself as it is typed: a member's checklist answer, a
 * visit's minutes or a Q&A note, with the interface language that decides
 * a text's language when its script does not.
 */
export type NoteTarget =
  | { kind: 'answer'; key: AnswerKey; lang: Language }
  | { kind: 'minutes'; tripId: RecordId; visitId: RecordId; lang: Language }
  | { kind: 'qaNote'; tripId: RecordId; id: RecordId; lang: Language }
  | { kind: 'reportNote'; tripId: RecordId; note: ReportNoteKey; lang: Language }
  /** The translation of one text of a note into `lang`. */
  | { kind: 'translation'; tripId: RecordId; text: TextRef; lang: Language };

/** What each kind of note's editor edits. */
export interface NoteValues {
  answer: string;
  minutes: MinutesFields;
  qaNote: QaNoteFields;
  reportNote: string;
  translation: string;
}
export type NoteValue<T extends NoteTarget> = NoteValues[T['kind']];

type NoteRecord = TripScoped & Record<string, unknown>;

/** The record a note target is saved to. */
export function noteRecordOf(target: NoteTarget): { table: VersionedTable; id: RecordId; tripId: RecordId } {
  switch (target.kind) {
    case 'answer': {
      const { key } = target;
      return { table: 'checklistAnswers', id: answerId(key.visitId, key.questionId, key.memberId), tripId: key.tripId };
    }
    case 'minutes':
      return { table: 'minutes', id: minutesId(target.visitId), tripId: target.tripId };
    case 'qaNote':
      return { table: 'qaNotes', id: target.id, tripId: target.tripId };
    case 'reportNote':
      return { table: 'reportNotes', id: reportNoteId(target.tripId, target.note), tripId: target.tripId };
    case 'translation':
      return { table: target.text.table, id: target.text.id, tripId: target.tripId };
  }
}

export function noteTable(db: FieldbookDB, target: NoteTarget) {
  return db.table<NoteRecord, RecordId>(noteRecordOf(target).table);
}

/**
 * Saves a value to its note, with its history. Throws a TextTooLongError
 * past the limit, a ZodError for other invalid input, a RecordNotFoundError
 * for a Q&A note deleted meanwhile.
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

/** Only the fields an editor edits, whatever else a value carries. */
function fieldsOf(schema: { shape: object }, value: unknown): Record<string, unknown> {
  const source = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (key in source ? [[key, source[key]]] : [])));
}
