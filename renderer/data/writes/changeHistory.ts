import { isMergedByEdits } from '@shared/notes/minutesMerge';
import type { SyncedTable } from '@shared/sync/leaves';
import type { FieldbookDB } from '../database/db';
import type { HistoryEntry } from '../database/rows';

/**
 * The tables whose changes are kept in `changeHistory`: those with no history
 * of their own, changed by forms and moves, a few times a day. Notes
 * (answers, minutes, Q&A) are left out: they are saved at every pause in
 * typing and keep their history by versions (`noteVersions`, itself history).
 */
const HISTORY_TABLES: ReadonlySet<SyncedTable> = new Set<SyncedTable>([
  'trips',
  'members',
  'itineraryItems',
  'checklistQuestions',
  'glossaryTerms',
  'hostPeople',
  'attachments',
]);

/**
 * Whether a change is kept: of those tables, or one written here of a leaf
 * merged edit by edit, whose base a merge needs (shared/notes/minutesMerge.ts).
 */
export function keepsHistory({ table, path, origin }: Pick<HistoryEntry, 'table' | 'path' | 'origin'>): boolean {
  return HISTORY_TABLES.has(table) || (origin === 'local' && isMergedByEdits(table, path));
}

/** A record keeps at most this many changes; the oldest go first (a lost one stays in lostChanges). */
export const MAX_CHANGES_PER_RECORD = 300;

/**
 * Adds changes to their records' history, leaving out the tables that keep
 * none and the changes it has already; a record's oldest changes past
 * MAX_CHANGES_PER_RECORD are let go.
 * Must run in the transaction that applied the changes, with changeHistory
 * in its scope, so that a record and its history never disagree.
 */
export async function keepHistory(db: FieldbookDB, entries: readonly HistoryEntry[]): Promise<void> {
  const candidates = entries.filter(keepsHistory);
  if (candidates.length === 0) return;
  // A change is kept once, as it was first applied here: one of this device's own, pulled back
  // after a later change took its leaf, keeps the value it replaced.
  const known = await db.changeHistory.bulkGet(candidates.map((entry) => entry.id));
  const kept = candidates.filter((_, index) => known[index] === undefined);
  await db.changeHistory.bulkPut(kept);
  const records = new Map(kept.map((entry) => [`${entry.table}:${entry.recordId}`, entry]));
  for (const { table, recordId } of records.values()) {
    const ofRecord = db.changeHistory.where('[table+recordId]').equals([table, recordId]);
    const count = await ofRecord.count();
    if (count <= MAX_CHANGES_PER_RECORD) continue;
    const oldest = (await ofRecord.sortBy('hlc')).slice(0, count - MAX_CHANGES_PER_RECORD);
    await db.changeHistory.bulkDelete(oldest.map((entry) => entry.id));
  }
}
