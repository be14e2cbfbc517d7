import type { RecordId, VersionedTable } from '@shared/model';
import type { SyncedTable } from '@shared/sync/leaves';

/**
 * What the user wrote, as they call it. The outbox keeps one change per leaf
 * (two answers are some twenty changes, their versions' included), which
 * means nothing to the person waiting for their notes to go out.
 */
export type WrittenKind =
  | 'answer'
  | 'minutes'
  | 'qaNote'
  | 'reportNote'
  | 'file'
  | 'item'
  | 'member'
  | 'question'
  | 'term'
  | 'person'
  | 'trip'
  | 'reportLayout'
  | 'noteVersion';

/** Each table's records as the user knows them, in the order they are listed: notes first, the trip's set-up after. */
const KIND_OF: Record<SyncedTable, WrittenKind> = {
  checklistAnswers: 'answer',
  minutes: 'minutes',
  qaNotes: 'qaNote',
  reportNotes: 'reportNote',
  attachments: 'file',
  itineraryItems: 'item',
  members: 'member',
  checklistQuestions: 'question',
  glossaryTerms: 'term',
  hostPeople: 'person',
  trips: 'trip',
  reportLayouts: 'reportLayout',
  noteVersions: 'noteVersion',
};
const ORDER = Object.values(KIND_OF);

/** What waits to be sent: how many things of each kind, in a fixed order, only the kinds that have some. */
export type Waiting = readonly { kind: WrittenKind; count: number }[];

/** An unsent change, as much of it as says what it is part of. */
export interface WaitingChange {
  tripId: RecordId;
  table: SyncedTable;
  recordId: RecordId;
}

/** The note a version belongs to; undefined when the version is not stored here. */
export type NoteOfVersion = (versionId: RecordId) => { table: VersionedTable; id: RecordId } | undefined;

/**
 * Each trip's unsent changes counted as the things written: one per record
 * however many of its fields changed and however often it was saved, and a
 * note's version as its note, since the user wrote the note and its history
 * goes with it. Every change counts towards something: a version whose note
 * is not known here counts on its own, so that nothing waits unsaid.
 */
export function countWritten(changes: Iterable<WaitingChange>, noteOf: NoteOfVersion): Map<RecordId, Waiting> {
  const things = new Map<RecordId, Map<WrittenKind, Set<RecordId>>>();
  for (const { tripId, table, recordId } of changes) {
    const note = table === 'noteVersions' ? noteOf(recordId) : undefined;
    const kind = KIND_OF[note?.table ?? table];
    const byKind = things.get(tripId) ?? new Map<WrittenKind, Set<RecordId>>();
    things.set(tripId, byKind.set(kind, (byKind.get(kind) ?? new Set()).add(note?.id ?? recordId)));
  }
  return new Map(
    [...things].map(([tripId, byKind]) => [
      tripId,
      ORDER.flatMap((kind) => {
        const count = byKind.get(kind)?.size ?? 0;
        return count > 0 ? [{ kind, count }] : [];
      }),
    ]),
  );
}

/** How many things wait, all kinds together. */
export function waitingCount(waiting: Waiting): number {
  return waiting.reduce((sum, { count }) => sum + count, 0);
}
