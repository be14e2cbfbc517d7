import { z } from 'zod';
import { recordId } from './ids';
import { MAX_STAMP, MAX_VERSION_CONTENT } from './limits';
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
  /** The note's own fields (without record metadata) as they were, any shape a note has had: capped as JSON. */
  content: z
    .record(z.string().max(100), z.unknown())
    .refine((content) => JSON.stringify(content).length <= MAX_VERSION_CONTENT, 'longer than a version may be'),
  /** When this stretch of editing began; `updatedAt` is when it ended. */
  startedAt: isoInstant,
  /** The editor's stretch of editing that made it (a UUID the editor draws); none for a restore or a recovery. */
  stretchId: z.string().max(64).nullable().optional(),
  /**
   * Text typed on a device that stopped before saving it, found on the next
   * start when the note had changed since the text was typed: kept here
   * rather than put over the newer text, until someone restores or dismisses it.
   */
  recovered: z
    .object({
      /** When the last of it was typed. */
      typedAt: isoInstant,
      /**
       * The note's version (hlc) the text was typed over, or a word saying it is not known (text kept
       * before drafts were versioned); null when the note did not exist yet.
       */
      basedOn: z.string().max(MAX_STAMP).nullable(),
      resolvedAt: isoInstant.nullable(),
    })
    .optional(),
});
export type NoteVersion = z.infer<typeof noteVersion>;
