import type { MemberRole } from '../model';
import { DELETED_AT, type SyncedTable } from './leaves';
import { isCheckpoint } from './texts';

/**
 * Who may change what (docs/sync-protocol.md, section 8, roles), leaf by
 * leaf, once for the server that refuses, the device's write funnel that
 * refuses before writing, and the screens that do not offer what a member
 * may not do. The roster's role governs: an organiser (the trip has as many
 * as the roster names, co-organisers included) changes anything; a member
 * writes their own checklist answers and the Q&A notes they wrote, the
 * minutes and files of any item, the trip's directory of host people
 * (adding and correcting them), and their own roster entry's contact
 * fields; an interpreter writes translations and their review marks on any
 * text, never the originals. Everyone on the trip reads everything.
 */

/** Who writes a change: a member of the trip, with their role on its roster (null: not on it). */
export interface Writer {
  memberId: string;
  role: MemberRole | null;
}

/**
 * What a rule needs to know of the record a change is of, as the log (or
 * the device) holds it: the member it belongs to (an answer's member, a Q&A
 * note's writer, a roster entry itself; null when the record has none yet),
 * and for a note's version, the note's table and facts.
 */
export interface RecordFacts {
  owner: string | null;
  /** For a note's version: the note it is of (its table, its id, its facts). */
  versionOf?: { table: SyncedTable; id?: string; facts: RecordFacts } | null;
}

/** The leaf that names the member a record belongs to: an answer's member, a Q&A note's writer. */
export function ownerLeaf(table: SyncedTable): string | null {
  if (table === 'checklistAnswers') return 'memberId';
  if (table === 'qaNotes') return 'writtenBy';
  return null;
}

/** A note's version's leaves that name its note. */
export const VERSION_OF = ['recordTable', 'recordId'] as const;

/** The facts of a record as a device holds it; `note`, for a version, the note it is a version of. */
export function factsOfRecord(
  table: SyncedTable,
  record: Record<string, unknown>,
  note?: Record<string, unknown>,
): RecordFacts {
  const ownerOf = (of: SyncedTable, held: Record<string, unknown> | undefined) => {
    const path = ownerLeaf(of);
    const value = path ? held?.[path] : undefined;
    return typeof value === 'string' ? value : null;
  };
  if (table !== 'noteVersions') return { owner: ownerOf(table, record) };
  const noteTable = record.recordTable as SyncedTable | undefined;
  const id = typeof record.recordId === 'string' ? record.recordId : undefined;
  return {
    owner: null,
    versionOf: noteTable ? { table: noteTable, id, facts: { owner: ownerOf(noteTable, note) } } : null,
  };
}

/** Why a change is refused, said in words by the device that wrote it. */
export const REFUSALS = ['not_on_roster', 'organisers_only', 'not_yours', 'translations_only'] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Raised when the writer may not make a change: nothing was written. */
export class ForbiddenWriteError extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly table: SyncedTable,
  ) {
    super(`Not the writer's to change (${refusal}): ${table}`);
    this.name = 'ForbiddenWriteError';
  }
}

/** Tables only organisers change: the trip, its plan, its checklist, its glossary, its report. */
const ORGANISERS: ReadonlySet<SyncedTable> = new Set<SyncedTable>([
  'trips',
  'itineraryItems',
  'checklistQuestions',
  'glossaryTerms',
  'reportNotes',
  'reportLayouts',
]);

/** A member's own roster entry: what they may correct of it. */
const OWN_CONTACT = new Set(['email', 'phone']);

/** A translation or its review mark, of any text field: `body/translations/ja`, `discussion/reviewed/ko`. */
export function isTranslationLeaf(path: string): boolean {
  const [, part, lang] = path.split('/');
  return (part === 'translations' || part === 'reviewed') && lang !== undefined;
}

/** What a rule looks at of a change: the leaf it sets, and to what. */
export interface ChangeOf {
  table: SyncedTable;
  path: string;
  recordId: string;
  value: unknown;
}

/**
 * Whether `writer` may set `path` of a record of `table` to `value` (null),
 * or why not. `facts` are of the record as it stood before the change (of
 * the change's batch, for a record it makes): a member cannot make another's
 * note theirs by naming themselves its writer in the same change.
 */
export function refusalOf(writer: Writer, change: ChangeOf, facts: RecordFacts): Refusal | null {
  const { role } = writer;
  if (role === null) return 'not_on_roster';
  if (role === 'organiser') return null;
  // A checkpoint lets the server forget the updates it stands for: the organisers vouch for it (section 3.4).
  if (isCheckpoint(change.value)) return 'organisers_only';
  if (role === 'interpreter') return isTranslationLeaf(change.path) ? null : 'translations_only';
  return memberRefusal(writer.memberId, change, facts);
}

/** A member's rights: their own notes, any item's minutes and files, the host people, their own contact fields. */
function memberRefusal(
  memberId: string,
  { table, path, recordId, value }: ChangeOf,
  facts: RecordFacts,
): Refusal | null {
  if (ORGANISERS.has(table)) return 'organisers_only';
  switch (table) {
    case 'minutes':
    // Any item's files, and the photos of the host people's cards (owner `hostPerson`): members take both.
    case 'attachments':
    // Members meet the hosts and take their cards: they add and correct the people they met.
    case 'hostPeople':
      return null;
    case 'checklistAnswers':
    case 'qaNotes':
      // A note names no one but its writer as theirs.
      if (path === ownerLeaf(table) && value !== memberId) return 'not_yours';
      // No owner: a Q&A note made before notes named their writer, which any member may go on with.
      return facts.owner === null || facts.owner === memberId ? null : 'not_yours';
    case 'members':
      if (recordId !== memberId) return 'organisers_only';
      return OWN_CONTACT.has(path) ? null : 'organisers_only';
    case 'noteVersions': {
      const note = facts.versionOf;
      if (!note) return null;
      // A version stays a version of its note: pointed at another, it would put words in that note's history.
      const moved =
        path === 'recordId'
          ? note.id !== undefined && value !== note.id
          : path === 'recordTable' && value !== note.table;
      if (moved) return 'not_yours';
      return memberRefusal(memberId, { table: note.table, path: DELETED_AT, recordId: '', value: null }, note.facts);
    }
  }
  return 'organisers_only';
}

/**
 * Why the screens do not offer `writer` a change of a record of `table`, or
 * null when they do (null writer: a trip that syncs with nobody, all the
 * device's own; undefined: not known yet, offered as before, the write funnel
 * still refusing). `owner`, whose the record is (for a new note, the writer);
 * `path`, one leaf (by default the record as a whole); `recordId`, for a
 * roster entry.
 */
export function refusalFor(
  writer: Writer | null | undefined,
  table: SyncedTable,
  { owner = null, path = DELETED_AT, recordId = '' }: { owner?: string | null; path?: string; recordId?: string } = {},
): Refusal | null {
  if (!writer) return null;
  const value = path === ownerLeaf(table) ? owner : null;
  return refusalOf(writer, { table, path, recordId, value }, { owner });
}

/** Whether the screens offer `writer` the change (refusalFor). */
export function mayChange(
  writer: Writer | null | undefined,
  table: SyncedTable,
  options?: { owner?: string | null; path?: string; recordId?: string },
): boolean {
  return refusalFor(writer, table, options) === null;
}

/** A translation leaf's path, for asking whether translations of a table's texts may be written. */
export const ANY_TRANSLATION = 'text/translations/ko';
