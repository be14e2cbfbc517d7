import { z } from 'zod';
import { hostPerson } from './host';
import { idMillis, type RecordId, recordId, stableId } from './ids';
import { tripScoped } from './meta';
import { translatableText } from './text';

export const agendaItem = z.object({
  id: recordId,
  title: translatableText,
  notes: translatableText,
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const followUp = z.object({
  id: recordId,
  text: translatableText,
  /** The member who will do it, if anyone was named. */
  ownerId: recordId.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

/** The meeting minutes of one visit, written together by the delegation. */
export const minutes = tripScoped.extend({
  visitId: recordId,
  hostAttendees: z.array(hostPerson),
  /** Members of the delegation who were there, from the roster. */
  delegationAttendeeIds: z.array(recordId),
  agenda: z.array(agendaItem),
  discussion: translatableText,
  decisions: translatableText,
  followUps: z.array(followUp),
});
export type Minutes = z.infer<typeof minutes>;

const minutesFields = {
  hostAttendees: z.array(hostPerson),
  delegationAttendeeIds: z.array(recordId),
  agenda: z.array(agendaItem),
  discussion: translatableText,
  decisions: translatableText,
  followUps: z.array(followUp),
};

/** What the minutes form edits. */
export const minutesInput = z.object(minutesFields);
export type MinutesInput = z.input<typeof minutesInput>;
export type MinutesFields = z.output<typeof minutesInput>;

/** A visit has one set of minutes, with the same id on every device that starts them. */
export function minutesId(visitId: RecordId): RecordId {
  return stableId(`minutes:${visitId}`, idMillis(visitId));
}
