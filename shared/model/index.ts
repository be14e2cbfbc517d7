import { attachment } from './attachment';
import { checklistAnswer, checklistQuestion } from './checklist';
import { glossaryTerm } from './glossary';
import { hostPersonEntry } from './hostPeople';
import { itineraryItem } from './itinerary';
import { member } from './member';
import { minutes } from './minutes';
import { noteVersion } from './noteVersion';
import { qaNote } from './qaNote';
import { reportLayout, reportNote } from './report';
import { trip } from './trip';

export * from './attachment';
export * from './attachmentFile';
export * from './checklist';
export * from './glossary';
export * from './host';
export * from './hostPeople';
export * from './ids';
export * from './itinerary';
export * from './limits';
export * from './member';
export * from './meta';
export * from './minutes';
export * from './noteVersion';
export * from './qaNote';
export * from './report';
export * from './text';
export * from './time';
export * from './trip';
export * from './validation';

/**
 * Every kind of synced record by its table name: what the database stores,
 * what sync exchanges and what imports validate against.
 */
export const recordSchemas = {
  trips: trip,
  members: member,
  itineraryItems: itineraryItem,
  checklistQuestions: checklistQuestion,
  checklistAnswers: checklistAnswer,
  minutes,
  qaNotes: qaNote,
  attachments: attachment,
  glossaryTerms: glossaryTerm,
  hostPeople: hostPersonEntry,
  noteVersions: noteVersion,
  reportNotes: reportNote,
  reportLayouts: reportLayout,
} as const;
export type RecordTable = keyof typeof recordSchemas;
