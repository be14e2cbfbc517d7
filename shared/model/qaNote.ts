import { z } from 'zod';
import { hostPerson } from './host';
import { recordId } from './ids';
import { tripScoped } from './meta';
import { translatableText } from './text';
import { plainTime } from './time';

/** A question put to the hosts during a visit and the answer given. */
export const qaNote = tripScoped.extend({
  visitId: recordId,
  question: translatableText,
  /** The member who asked; null when the asker was not noted. */
  askedBy: recordId.nullable(),
  /**
   * The member whose note it is (shared/sync/permissions.ts: a member changes
   * the notes they wrote); null for a note made before notes named their writer.
   */
  writtenBy: recordId.nullable().default(null),
  /** The host person who answered (e.g. the governor of Fukuoka). */
  answeredBy: hostPerson.nullable(),
  answer: translatableText,
  /** Wall-clock time of the question, in the visit's time zone. */
  time: plainTime.nullable(),
  /** Checklist questions this exchange helps answer. */
  checklistQuestionIds: z.array(recordId),
  /** Place among the visit's Q&A notes, as a fractional index (see ItineraryItem.position). */
  position: z.string().min(1),
});
export type QaNote = z.infer<typeof qaNote>;

/** What a Q&A note form edits. */
export const qaNoteInput = z.object({
  question: translatableText,
  askedBy: recordId.nullable(),
  answeredBy: hostPerson.nullable(),
  answer: translatableText,
  time: z
    .union([z.literal(''), plainTime])
    .nullable()
    .transform((value) => value || null),
  checklistQuestionIds: z.array(recordId),
});
export type QaNoteInput = z.input<typeof qaNoteInput>;
export type QaNoteFields = z.output<typeof qaNoteInput>;
