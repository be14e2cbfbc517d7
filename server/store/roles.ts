import { type MemberRole, memberRole } from '@shared/model';
import type { SyncedTable } from '@shared/sync/leaves';
import { type Change, wins } from '@shared/sync/merge';
import { ownerLeaf, type RecordFacts, VERSION_OF } from '@shared/sync/permissions';
import type { Queryable } from '../storage/storage';

interface LeafRow {
  table_name: SyncedTable;
  record_id: string;
  path: string;
  value: unknown;
  hlc: string;
  id: string;
}

/** The winning value of some leaves of some records, as the log holds them (the later stamp, then the greater id). */
async function winningLeaves(
  db: Queryable,
  tripId: string,
  recordIds: readonly string[],
  paths: readonly string[],
): Promise<Map<string, unknown>> {
  if (recordIds.length === 0) return new Map();
  const rows = await db.query<LeafRow>(
    `SELECT table_name, record_id, path, value, hlc, id FROM changes
     WHERE trip_id = $1 AND NOT compacted AND record_id = ANY($2::text[]) AND path = ANY($3::text[])`,
    [tripId, [...new Set(recordIds)], [...paths]],
  );
  const best = new Map<string, LeafRow>();
  for (const row of rows) {
    const key = `${row.table_name}:${row.record_id}/${row.path}`;
    const held = best.get(key);
    if (!held || wins(row, held)) best.set(key, row);
  }
  return new Map([...best].map(([key, row]) => [key, row.value]));
}

/**
 * A member's role on the trip's roster as the log makes it; null when not
 * on it, or taken off it. The member who published the trip is its
 * organiser until the roster says otherwise: the roster is not there yet
 * when the organiser's device first sends it.
 */
export async function roleOf(db: Queryable, tripId: string, memberId: string): Promise<MemberRole | null> {
  const leaves = await winningLeaves(db, tripId, [memberId], ['role', 'deletedAt']);
  if ((leaves.get(`members:${memberId}/deletedAt`) ?? null) !== null) return null;
  const role = memberRole.safeParse(leaves.get(`members:${memberId}/role`));
  if (role.success) return role.data;
  const [trip] = await db.query<{ organiser: string }>(
    'SELECT organiser_member_id AS organiser FROM trips WHERE id = $1',
    [tripId],
  );
  return trip?.organiser === memberId ? 'organiser' : null;
}

/**
 * What the rules need to know of each record a batch changes
 * (shared/sync/permissions.ts): its owner, and for a note's version its note,
 * from the batch itself (a record it makes) over what the log holds.
 */
export async function factsOf(
  db: Queryable,
  tripId: string,
  changes: readonly Change[],
): Promise<Map<string, RecordFacts>> {
  const known = await winningLeaves(
    db,
    tripId,
    changes.map((change) => change.recordId),
    ['memberId', 'writtenBy', ...VERSION_OF],
  );
  const latest = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.table}:${change.recordId}/${change.path}`;
    const held = latest.get(key);
    if (!held || wins(change, held)) latest.set(key, change);
  }
  // What the log holds decides whose a record is; the batch only for a record it makes.
  const leaf = (table: string, recordId: string, path: string) => {
    const key = `${table}:${recordId}/${path}`;
    return known.has(key) ? known.get(key) : latest.get(key)?.value;
  };
  const ownerOf = (table: SyncedTable, recordId: string): string | null => {
    const path = ownerLeaf(table);
    const value = path ? leaf(table, recordId, path) : undefined;
    return typeof value === 'string' ? value : null;
  };
  const notes = changes
    .filter((change) => change.table === 'noteVersions')
    .map((change) => leaf('noteVersions', change.recordId, 'recordId'))
    .filter((id): id is string => typeof id === 'string');
  const noteLeaves = await winningLeaves(db, tripId, notes, ['memberId', 'writtenBy']);
  const facts = new Map<string, RecordFacts>();
  for (const { table, recordId } of changes) {
    if (table !== 'noteVersions') {
      facts.set(`${table}:${recordId}`, { owner: ownerOf(table, recordId) });
      continue;
    }
    const noteTable = leaf(table, recordId, 'recordTable') as SyncedTable | undefined;
    const noteId = leaf(table, recordId, 'recordId');
    const noteOwnerPath = noteTable ? ownerLeaf(noteTable) : null;
    const noteOwner =
      noteTable && typeof noteId === 'string' && noteOwnerPath
        ? (noteLeaves.get(`${noteTable}:${noteId}/${noteOwnerPath}`) ?? leaf(noteTable, noteId, noteOwnerPath))
        : null;
    facts.set(`${table}:${recordId}`, {
      owner: null,
      versionOf: noteTable
        ? {
            table: noteTable,
            ...(typeof noteId === 'string' ? { id: noteId } : {}),
            facts: { owner: typeof noteOwner === 'string' ? noteOwner : null },
          }
        : null,
    });
  }
  return facts;
}
