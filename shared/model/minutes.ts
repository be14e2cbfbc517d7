import { z } from 'zod';
import { hostPerson } from './host';
import { recordId } from './ids';
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
