import type { ChecklistAnswer, ChecklistQuestion, ItineraryItem, QaNote, RecordId } from '../model';

export interface CoverageCell {
  /** Members who wrote an answer to the question at the visit. */
  memberIds: RecordId[];
  /** Q&A notes of the visit marked as helping to answer the question. */
  qaNoteIds: RecordId[];
}

/** A cell with nothing in it: no answer and no Q&A note. These are the gaps an organiser looks for. */
export function isGap(cell: CoverageCell): boolean {
  return cell.memberIds.length === 0 && cell.qaNoteIds.length === 0;
}

export type Coverage = Map<RecordId, Map<RecordId, CoverageCell>>;

/**
 * Visits by checklist questions: who answered what, and which Q&A notes
 * bear on it. Blank answers do not count; retired questions keep their
 * column only when the caller passes them.
 */
export function coverageOf(
  visits: readonly Pick<ItineraryItem, 'id'>[],
  questions: readonly Pick<ChecklistQuestion, 'id'>[],
  answers: readonly Pick<ChecklistAnswer, 'visitId' | 'questionId' | 'memberId' | 'body'>[],
  qaNotes: readonly Pick<QaNote, 'id' | 'visitId' | 'checklistQuestionIds'>[],
): Coverage {
  const coverage: Coverage = new Map(
    visits.map((visit) => [visit.id, new Map(questions.map((q) => [q.id, { memberIds: [], qaNoteIds: [] }]))]),
  );
  for (const answer of answers) {
    const cell = coverage.get(answer.visitId)?.get(answer.questionId);
    if (cell && answer.body.text.trim() && !cell.memberIds.includes(answer.memberId))
      cell.memberIds.push(answer.memberId);
  }
  for (const note of qaNotes) {
    for (const questionId of note.checklistQuestionIds)
      coverage.get(note.visitId)?.get(questionId)?.qaNoteIds.push(note.id);
  }
  return coverage;
}
