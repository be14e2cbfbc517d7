import { z } from 'zod';
import { hostPerson } from './host';
import { idMillis, type RecordId, recordId, stableId } from './ids';
import { MAX_AGENDA_ITEMS, MAX_FOLLOW_UPS, MAX_PEOPLE } from './limits';
import { tripScoped } from './meta';
import { lineText, mergedText, paragraphText } from './text';

/** An item of a meeting's agenda: a line and a paragraph, since the agenda syncs as one value. */
export const agendaItem = z.object({
  id: recordId,
  title: lineText,
  notes: paragraphText,
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const followUp = z.object({
  id: recordId,
  text: lineText,
  /** The member who will do it, if anyone was named. */
  ownerId: recordId.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

const minutesFields = {
  hostAttendees: z.array(hostPerson).max(MAX_PEOPLE),
  /** Members of the delegation who were there, from the roster. */
  delegationAttendeeIds: z.array(recordId).max(MAX_PEOPLE),
  agenda: z.array(agendaItem).max(MAX_AGENDA_ITEMS),
  discussion: mergedText,
  decisions: mergedText,
  followUps: z.array(followUp).max(MAX_FOLLOW_UPS),
};

/** The meeting minutes of one visit, written together by the delegation. */
export const minutes = tripScoped.extend({ visitId: recordId, ...minutesFields });
export type Minutes = z.infer<typeof minutes>;

/** What the minutes editor edits; its texts as long as merged ones, for parseNote holds a writer to MAX_NOTE_TEXT. */
export const minutesInput = z.object(minutesFields);
export type MinutesInput = z.input<typeof minutesInput>;
export type MinutesFields = z.output<typeof minutesInput>;

/** A visit has one set of minutes, with the same id on every device that starts them. */
export function minutesId(visitId: RecordId): RecordId {
  return stableId(`minutes:${visitId}`, idMillis(visitId));
}
