import { z } from 'zod';
import { hostPerson } from './host';
import { recordId } from './ids';
import { listPosition } from './itinerary';
import { MAX_LINKED_QUESTIONS } from './limits';
import { tripScoped } from './meta';
import { mergedText } from './text';
import { plainTime } from './time';

/** A question put to the hosts during a visit and the answer given. */
export const qaNote = tripScoped.extend({
  visitId: recordId,
  question: mergedText,
  /** The member who asked; null when the asker was not noted. */
  askedBy: recordId.nullable(),
  /**
   * The member whose note it is (shared/sync/permissions.ts: a member changes
   * the notes they wrote); null for a note made before notes named their writer.
   */
  writtenBy: recordId.nullable().default(null),
  /** The host person who answered (e.g. the governor of Fukuoka). */
  answeredBy: hostPerson.nullable(),
  answer: mergedText,
  /** Wall-clock time of the question, in the visit's time zone. */
  time: plainTime.nullable(),
  /** Checklist questions this exchange helps answer. */
  checklistQuestionIds: z.array(recordId).max(MAX_LINKED_QUESTIONS),
  /** Place among the visit's Q&A notes. */
  position: listPosition,
});
export type QaNote = z.infer<typeof qaNote>;

/** What a Q&A note form edits; its texts as long as merged ones, for parseNote holds a writer to MAX_NOTE_TEXT. */
export const qaNoteInput = z.object({
  question: mergedText,
  askedBy: recordId.nullable(),
  answeredBy: hostPerson.nullable(),
  answer: mergedText,
  time: z
    .union([z.literal(''), plainTime])
    .nullable()
    .transform((value) => value || null),
  checklistQuestionIds: z.array(recordId).max(MAX_LINKED_QUESTIONS),
});
export type QaNoteInput = z.input<typeof qaNoteInput>;
export type QaNoteFields = z.output<typeof qaNoteInput>;
