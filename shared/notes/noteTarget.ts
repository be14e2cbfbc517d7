import type { Language } from '../i18n/languages';
import {
  type AnswerKey,
  answerId,
  type MinutesFields,
  minutesId,
  type QaNoteFields,
  type RecordId,
  type ReportNoteKey,
  reportNoteId,
  type VersionedTable,
} from '../model';
import type { TextRef } from '../translation/fields';

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
