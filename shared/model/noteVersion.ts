import { z } from 'zod';
import { recordId } from './ids';
import { tripScoped } from './meta';
import { isoInstant } from './time';

/** The kinds of note whose history is kept. */
export const VERSIONED_TABLES = ['checklistAnswers', 'minutes', 'qaNotes', 'reportNotes'] as const;
export type VersionedTable = (typeof VERSIONED_TABLES)[number];

/**
 * One stretch of editing of a note, by one person: the note's content as
 * that stretch left it. Saves in one stretch extend the latest version
 * instead of adding one per keystroke (see shared/notes/versions.ts);
 * another person, another stretch, a pause or a rewrite starts a new one.
 */
export const noteVersion = tripScoped.extend({
  recordTable: z.enum(VERSIONED_TABLES),
  recordId,
  /** The note's own fields (without record metadata) as they were. */
  content: z.record(z.string(), z.unknown()),
  /** When this stretch of editing began; `updatedAt` is when it ended. */
  startedAt: isoInstant,
  /** The editor's stretch of editing that made it; none for a restore or a recovery. */
  stretchId: z.string().nullable().optional(),
  /**
   * Text typed on a device that stopped before saving it, found on the next
   * start when the note had changed since the text was typed: kept here
   * rather than put over the newer text, until someone restores or dismisses it.
   */
  recovered: z
    .object({
      /** When the last of it was typed. */
      typedAt: isoInstant,
      /** The note's version (hlc) the text was typed over; null when the note did not exist yet. */
      basedOn: z.string().nullable(),
      resolvedAt: isoInstant.nullable(),
    })
    .optional(),
});
export type NoteVersion = z.infer<typeof noteVersion>;
