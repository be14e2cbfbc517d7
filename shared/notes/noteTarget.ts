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

const OBJECT_TEXTS: Partial<Record<NoteTarget['kind'], readonly string[]>> = {
  minutes: ['discussion', 'decisions'],
  qaNote: ['question', 'answer'],
};

/**
 * The merged texts (shared/sync/texts.ts) a note's value holds, by leaf
 * path: an answer's or a report note's text, a translation of a note's own
 * text, the minutes' discussion and decisions, a Q&A note's question and
 * answer. What an editor typed over them lets a save apply only the typing.
 */
export function mergedTextsOf(target: NoteTarget, value: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (target.kind === 'answer' || target.kind === 'reportNote') {
    if (typeof value === 'string') texts.set('body/text', value);
  } else if (target.kind === 'translation') {
    // A translation inside a list (a follow-up's) is part of its list's one leaf: it does not merge.
    if (typeof value === 'string' && !target.text.field.includes('.'))
      texts.set(`${target.text.field}/translations/${target.lang}`, value);
  } else {
    const fields = (value ?? {}) as Record<string, { text?: unknown } | undefined>;
    for (const field of OBJECT_TEXTS[target.kind] ?? []) {
      const text = fields[field]?.text;
      if (typeof text === 'string') texts.set(`${field}/text`, text);
    }
  }
  return texts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a save of an editor's value writes: for a note of several fields
 * (minutes, a Q&A note), each field as typed when the user changed it since
 * `typedOver` (what the editor showed), else as stored now, so that a field
 * another device changed meanwhile is not put back; texts as typed, since
 * they merge. A single text is as typed.
 */
export function withOthersEdits<T>(target: NoteTarget, typed: T, typedOver: T, stored: T | undefined): T {
  if (stored === undefined || typeof typed !== 'object' || typed === null) return typed;
  const merged: Record<string, unknown> = { ...(typed as Record<string, unknown>) };
  const texts = new Set(OBJECT_TEXTS[target.kind] ?? []);
  for (const [field, value] of Object.entries(typed as Record<string, unknown>)) {
    if (texts.has(field)) continue;
    const before = (typedOver as Record<string, unknown>)[field];
    if (same(value, before)) merged[field] = (stored as Record<string, unknown>)[field];
  }
  return merged as T;
}
