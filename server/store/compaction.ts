import { type CrowdedText, planCompaction } from '@shared/sync/compaction';
import { isMergedText, isSyncedTable } from '@shared/sync/leaves';
import type { Queryable } from '../storage/storage';
import { type ChangeRow, changeOf } from './changes';
import { lockTrip } from './trips';

/** A log that grew by this many changes since its last compaction is compacted after a push. */
export const COMPACT_AFTER = 2000;

/**
 * Compacts a trip's log (planCompaction): marks the changes no device needs
 * any more, leaving their place and id but not their value. Runs with the
 * trip locked, as pushes do, so that no push is half in the plan. Answers
 * how many changes it let go.
 */
export async function compactTrip(tx: Queryable, tripId: string, now: Date): Promise<number> {
  await lockTrip(tx, tripId);
  const rows = await tx.query<ChangeRow>(
    `SELECT seq, id, table_name, record_id, trip_id, path, value, hlc, base, device_id, member_id, bundle_id
     FROM changes WHERE trip_id = $1 AND NOT compacted ORDER BY seq`,
    [tripId],
  );
  const superseded = planCompaction(rows.map((row) => ({ ...changeOf(row), seq: Number(row.seq) })));
  if (superseded.size > 0) {
    await tx.query(
      `UPDATE changes SET compacted = true, value = 'null'::json WHERE trip_id = $1 AND id = ANY($2::text[])`,
      [tripId, [...superseded]],
    );
  }
  await tx.query('UPDATE trips SET compacted_at = $2, changes_since_compaction = 0 WHERE id = $1', [tripId, now]);
  return superseded.size;
}

/** Whether a trip's log grew by `enough` changes since its last compaction. */
export async function needsCompaction(db: Queryable, tripId: string, enough = COMPACT_AFTER): Promise<boolean> {
  const [trip] = await db.query<{ since: number }>(
    'SELECT changes_since_compaction AS since FROM trips WHERE id = $1',
    [tripId],
  );
  return (trip?.since ?? 0) >= enough;
}

/**
 * The merged texts whose log holds at least `atLeast` updates logged after
 * their latest checkpoint, most first: those an organiser's device stands
 * for with a checkpoint (docs/sync-protocol.md, section 6). An update a
 * checkpoint failed to hold stays in the log but counts no more, so a text
 * is not listed again and again for it. Paths that cannot be a merged text
 * are left out in the query, the rest by the leaves' rule.
 */
export async function crowdedTexts(
  db: Queryable,
  tripId: string,
  { atLeast, limit }: { atLeast: number; limit: number },
): Promise<CrowdedText[]> {
  const rows = await db.query<{ table_name: string; record_id: string; path: string; updates: number | string }>(
    `WITH stood AS (
       SELECT record_id, path, max(seq) AS seq FROM changes WHERE trip_id = $1 AND checkpoint GROUP BY record_id, path
     )
     SELECT c.table_name, c.record_id, c.path, count(*) AS updates
     FROM changes c LEFT JOIN stood s ON s.record_id = c.record_id AND s.path = c.path
     WHERE c.trip_id = $1 AND NOT c.compacted AND NOT c.checkpoint AND c.seq > coalesce(s.seq, 0)
       AND (c.path LIKE '%/text' OR c.path LIKE '%/translations/%')
     GROUP BY c.table_name, c.record_id, c.path HAVING count(*) >= $2
     ORDER BY count(*) DESC, c.record_id, c.path LIMIT $3`,
    [tripId, atLeast, limit],
  );
  return rows.flatMap(({ table_name: table, record_id: recordId, path, updates }) =>
    isSyncedTable(table) && isMergedText(table, path) ? [{ table, recordId, path, updates: Number(updates) }] : [],
  );
}
