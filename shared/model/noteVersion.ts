import { z } from 'zod';
import { recordId } from './ids';
import { tripScoped } from './meta';
import { isoInstant } from './time';

/** The kinds of note whose history is kept. */
export const VERSIONED_TABLES = ['checklistAnswers', 'minutes', 'qaNotes'] as const;
export type VersionedTable = (typeof VERSIONED_TABLES)[number];

/**
 * One stretch of editing of a note, by one person: the note's content as
 * that stretch left it. Edits in quick succession by the same person extend
 * the latest version instead of adding one per keystroke (see
 * shared/notes/versions.ts); a new person, or a pause, starts a new one.
 */
export const noteVersion = tripScoped.extend({
  recordTable: z.enum(VERSIONED_TABLES),
  recordId,
  /** The note's own fields (without record metadata) as they were. */
  content: z.record(z.string(), z.unknown()),
  /** When this stretch of editing began; `updatedAt` is when it ended. */
  startedAt: isoInstant,
});
export type NoteVersion = z.infer<typeof noteVersion>;
