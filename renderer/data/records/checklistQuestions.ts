import { type ChecklistQuestion, checklistQuestionInput, type LocalizedName, type RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { isLive, RecordNotFoundError, updateRecord } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/** The trip's checklist in order, retired questions included (they keep their answers). */
export async function listQuestions(db: FieldbookDB, tripId: RecordId): Promise<ChecklistQuestion[]> {
  const questions = (await db.checklistQuestions.where('tripId').equals(tripId).toArray()).filter(isLive);
  return questions.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export async function addQuestion(store: Store, tripId: RecordId, text: LocalizedName): Promise<ChecklistQuestion> {
  const fields = checklistQuestionInput.parse({ text });
  const { db } = store;
  // The new question goes last: the order is read in the same transaction.
  return writeTransaction(db, [db.checklistQuestions], async () => {
    const last = (await listQuestions(db, tripId)).at(-1);
    const question: ChecklistQuestion = {
      ...createMeta(store.ctx),
      tripId,
      ...fields,
      order: (last?.order ?? 0) + 1,
      templateKey: null,
      retiredAt: null,
    };
    await writeRecords(store, 'checklistQuestions', [question]);
    return question;
  });
}

export function rewordQuestion(store: Store, id: RecordId, text: LocalizedName): Promise<ChecklistQuestion> {
  return updateRecord(store, store.db.checklistQuestions, id, checklistQuestionInput.parse({ text }));
}

/** Retired questions are no longer asked; nothing is deleted, and their answers stay. */
export function retireQuestion(store: Store, id: RecordId): Promise<ChecklistQuestion> {
  return updateRecord(store, store.db.checklistQuestions, id, { retiredAt: store.ctx.now().toISOString() });
}

export function reinstateQuestion(store: Store, id: RecordId): Promise<ChecklistQuestion> {
  return updateRecord(store, store.db.checklistQuestions, id, { retiredAt: null });
}

/** Swaps a question with its neighbour above (-1) or below (+1). */
export async function moveQuestion(store: Store, id: RecordId, direction: -1 | 1): Promise<void> {
  const { db } = store;
  // Both questions change order in one step, or neither does.
  await writeTransaction(db, [db.checklistQuestions], async () => {
    const question = await db.checklistQuestions.get(id);
    if (!isLive(question)) throw new RecordNotFoundError('checklistQuestions', id);
    const questions = await listQuestions(db, question.tripId);
    const index = questions.findIndex((q) => q.id === id);
    const other = questions[index + direction];
    if (!other) return;
    const change = changeMeta(store.ctx);
    await writeRecords(store, 'checklistQuestions', [
      { ...question, order: other.order, ...change },
      { ...other, order: question.order, ...change },
    ]);
  });
}
