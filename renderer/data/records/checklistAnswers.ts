import type { Language } from '@shared/i18n/languages';
import {
  type AnswerKey,
  answerId,
  type ChecklistAnswer,
  mergedText,
  parseNote,
  type RecordId,
  withDetectedLanguage,
} from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { recordVersion } from '../history/noteVersions';
import { isLive } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export async function listVisitAnswers(db: FieldbookDB, visitId: RecordId): Promise<ChecklistAnswer[]> {
  return (await db.checklistAnswers.where('visitId').equals(visitId).toArray()).filter(isLive);
}

export async function listTripAnswers(db: FieldbookDB, tripId: RecordId): Promise<ChecklistAnswer[]> {
  return (await db.checklistAnswers.where('tripId').equals(tripId).toArray()).filter(isLive);
}

/**
 * The answer as a save of `text` makes it from `existing`: validated, and
 * marked with the language it is written in (`lang` decides when the text
 * alone does not tell: kanji only, or nothing yet). Throws a
 * TextTooLongError past the limit: what one writer may save, or, for a text
 * others' words made longer already, what a merged text may hold.
 */
function answerAfter(
  store: Store,
  key: AnswerKey,
  existing: ChecklistAnswer | undefined,
  text: string,
  lang: Language,
): ChecklistAnswer {
  const body = withDetectedLanguage(
    parseNote(mergedText, { lang, text, translations: existing?.body.translations ?? {} }, existing?.body),
    lang,
  );
  return existing
    ? { ...existing, body, ...changeMeta(store.ctx) }
    : { ...createMeta(store.ctx, answerId(key.visitId, key.questionId, key.memberId)), ...key, body };
}

/** Saves a member's answer to a question at a visit (created on the first save). */
export async function saveAnswer(store: Store, key: AnswerKey, text: string, lang: Language): Promise<ChecklistAnswer> {
  const { db } = store;
  const id = answerId(key.visitId, key.questionId, key.memberId);
  // The answer and its history are written together.
  return writeTransaction(db, [db.checklistAnswers, db.noteVersions], async () => {
    const answer = answerAfter(store, key, await db.checklistAnswers.get(id), text, lang);
    await writeRecords(store, 'checklistAnswers', [answer]);
    await recordVersion(store, 'checklistAnswers', answer);
    return answer;
  });
}
