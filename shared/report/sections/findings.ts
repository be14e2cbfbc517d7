import type { ChecklistQuestion, QaNote, RecordId } from '../../model';
import { translationStatus } from '../../model';
import { isWritten, nameCell, organisersText, textCell, wordsCell } from '../cells';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../document';
import { fill, reportWords } from '../words';
import { exchangeBlock } from './exchange';

/**
 * Section IV of the seed's report: under each checklist question, the
 * organiser's finding, then what every member answered at every item where
 * notes are taken, and the Q&A notes linked to that question: each in full
 * once, under the question linked first, and named under the others, so
 * that a note linked to four questions does not fill four pages. `itemId`
 * narrows it to one item (a visit's summary for its host).
 */
export function findingsBlocks(ctx: ReportContext, itemId?: RecordId): Block[] {
  return ctx.questions.flatMap((question, index) => {
    const answers = ctx.answers.filter(
      (answer) => answer.questionId === question.id && isWritten(answer.body) && (!itemId || answer.visitId === itemId),
    );
    const exchanges = ctx.qaNotes.filter(
      (note) => note.checklistQuestionIds.includes(question.id) && (!itemId || note.visitId === itemId),
    );
    if (itemId && answers.length === 0 && exchanges.length === 0) return [];
    const blocks: Block[] = [{ type: 'heading', level: 3, cell: questionHeading(ctx, question, index + 1) }];
    if (!itemId) blocks.push(...findingBlocks(ctx, question));
    blocks.push({ type: 'heading', level: 4, cell: ctx.words((w) => w.findings.answers) });
    if (answers.length === 0) blocks.push({ type: 'placeholder', cell: ctx.words((w) => w.findings.noAnswers) });
    for (const answer of answers) {
      const item = ctx.itemById.get(answer.visitId);
      const labels = [ctx.memberNameById(answer.memberId), item ? ctx.itemName(item) : null];
      blocks.push({
        type: 'text',
        cell: textCell(answer.body, { table: 'checklistAnswers', id: answer.id, field: 'body' }, ctx.langs),
        labels: labels.filter((label): label is Cell => label !== null),
      });
    }
    if (exchanges.length > 0) {
      blocks.push({ type: 'heading', level: 4, cell: ctx.words((w) => w.findings.qa) });
      blocks.push(
        ...exchanges.map((note) => {
          const first = firstQuestionOf(ctx, note);
          return first === index ? exchangeBlock(ctx, note) : seeQuestion(ctx, note, first + 1);
        }),
      );
    }
    return blocks;
  });
}

/**
 * The question a note is printed under in full: the first its writer linked
 * it to (the one it mainly answers), of those the report holds.
 */
function firstQuestionOf(ctx: ReportContext, note: QaNote): number {
  const indexes = note.checklistQuestionIds.map((id) => ctx.questions.findIndex((question) => question.id === id));
  return indexes.find((index) => index >= 0) ?? -1;
}

/**
 * Where a Q&A note linked to several questions stands in full, under each
 * other one: quoting its question where it is written in the language, so
 * that a page in one language holds no other.
 */
function seeQuestion(ctx: ReportContext, note: QaNote, number: number): Block {
  const cell = wordsCell((lang) => {
    const words = reportWords(lang).findings;
    const status = translationStatus(note.question, lang);
    const asked =
      status === 'original' ? note.question.text : status === 'missing' ? '' : note.question.translations[lang];
    const question = (asked ?? '').trim();
    if (!question) return fill(words.qaSee, { number });
    const short = question.length > QUOTED ? `${question.slice(0, QUOTED)}…` : question;
    return fill(words.qaSeeQuestion, { question: short, number });
  }, ctx.langs);
  return { type: 'placeholder', cell };
}

/** How much of a question a reference quotes: enough to recognise it. */
const QUOTED = 60;

/** The organisers' finding for a question, first under it as in the seed. */
function findingBlocks(ctx: ReportContext, question: ChecklistQuestion): Block[] {
  const heading: Block = { type: 'heading', level: 4, cell: ctx.words((w) => w.findings.finding) };
  const note = ctx.findings.get(question.id);
  if (!note || !isWritten(note.body)) {
    return [heading, { type: 'placeholder', cell: ctx.words((w) => w.findings.noFinding) }];
  }
  return [heading, { type: 'text', cell: organisersText(note, ctx.langs), labels: [] }];
}

/** '(1) 중앙정부와의 협력을 어떻게 수행하고 있는가?', numbered as the seed numbers its questions. */
function questionHeading(ctx: ReportContext, question: ChecklistQuestion, number: number): Cell {
  const cell = nameCell(question.text, { table: 'checklistQuestions', id: question.id, field: 'text' }, ctx.langs);
  return {
    ...cell,
    texts: cell.texts.map((text) => (text.text ? { ...text, text: `(${number}) ${text.text}` } : text)),
  };
}
