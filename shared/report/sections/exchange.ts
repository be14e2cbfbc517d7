import type { QaNote } from '../../model';
import { textCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block } from '../document';

/** A Q&A note as the report prints it: the question and the answer, where it was asked, who asked and who answered. */
export function exchangeBlock(ctx: ReportContext, note: QaNote): Block {
  const item = ctx.itemById.get(note.visitId);
  return {
    type: 'exchange',
    question: textCell(note.question, { table: 'qaNotes', id: note.id, field: 'question' }, ctx.langs),
    answer: textCell(note.answer, { table: 'qaNotes', id: note.id, field: 'answer' }, ctx.langs),
    where: item ? ctx.itemName(item) : null,
    askedBy: ctx.memberNameById(note.askedBy),
    answeredBy: note.answeredBy ? ctx.hostPerson(note.answeredBy) : null,
  };
}
