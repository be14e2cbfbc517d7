import type { Change } from '@shared/sync/merge';
import { wins } from '@shared/sync/merge';
import type { Queryable } from '../storage/storage';
import { lockTrip } from './trips';

/** A change as the server keeps it: `seq` is its place in the trip's log. */
export type StoredChange = Change & { seq: number };

/**
 * Stores the changes of a push not stored before (by id), in the batch's
 * order, each with the member its signature names (section 9) and the
 * bundle that signs it, and the device that pushed it; answers how many
 * were new. The trip is locked first, so that within a trip a change
 * gets its `seq` only after every change with a smaller one has committed:
 * a pull that has read up to N never misses a later commit below N, even
 * with several server processes on one database.
 */
export async function storeChanges(
  tx: Queryable,
  tripId: string,
  pushedBy: string,
  changes: readonly Change[],
): Promise<number> {
  await lockTrip(tx, tripId);
  const stored = await tx.query(
    `INSERT INTO changes
       (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by, bundle_id, checkpoint)
     SELECT $1::text, c->>'id', c->>'table', c->>'recordId', c->>'path', c->'value', c->>'hlc', c->>'base', c->>'deviceId',
       c->>'memberId', $2::text, c->>'bundle', (c->'value'->>'upTo') IS NOT NULL
     FROM json_array_elements($3::json) WITH ORDINALITY AS batch (c, position)
     ORDER BY position
     ON CONFLICT (trip_id, id) DO NOTHING
     RETURNING seq`,
    [tripId, pushedBy, JSON.stringify(changes)],
  );
  await tx.query('UPDATE trips SET changes_since_compaction = changes_since_compaction + $2 WHERE id = $1', [
    tripId,
    stored.length,
  ]);
  return stored.length;
}

export interface ChangeRow {
  seq: number | string;
  id: string;
  table_name: Change['table'];
  record_id: string;
  trip_id: string;
  path: string;
  value: unknown;
  hlc: string;
  base: string | null;
  device_id: string;
  member_id: string;
  bundle_id: string | null;
}

/** A change as a row of the log holds it. */
export function changeOf(row: Omit<ChangeRow, 'seq'>): Change {
  return {
    id: row.id,
    table: row.table_name,
    recordId: row.record_id,
    tripId: row.trip_id,
    path: row.path,
    value: row.value,
    hlc: row.hlc,
    base: row.base,
    deviceId: row.device_id,
    memberId: row.member_id,
    bundle: row.bundle_id,
  };
}

/**
 * About how many bytes of changes a page of a pull holds (docs/sync-protocol.md,
 * section 6): a page of a thousand large notes would otherwise be larger than
 * any transport takes, and no new device could join the trip.
 */
export const PAGE_BYTES = 4 * 1024 * 1024;

/** A change's weight in a page: its value as JSON text and what goes around it, counted as the server can. */
const WEIGHT = 'octet_length(value::text) + octet_length(path) + 400';

/**
 * The trip's changes after `after` in the order they were stored, at most
 * `limit` and about `bytes` (a page ends before the change that would take it
 * past, but always holds one, so a client gets past any record); whether more
 * follow and how many (for a first sync's progress); and the trip's last
 * `seq`, which tells a device that has pulled past it that the server has
 * lost changes it once had (restored from a backup).
 */
export async function changesAfter(
  db: Queryable,
  tripId: string,
  after: number,
  limit: number,
  bytes = PAGE_BYTES,
): Promise<{ changes: StoredChange[]; more: boolean; remaining: number; last: number }> {
  // The weights are summed before any value is read out, so a page never loads more than it answers.
  const rows = await db.query<ChangeRow & { position: number | string }>(
    `SELECT seq, id, table_name, record_id, trip_id, path, value, hlc, base, device_id, member_id, bundle_id, position
     FROM (
       SELECT seq, row_number() OVER (ORDER BY seq) AS position, sum(${WEIGHT}) OVER (ORDER BY seq) AS running
       FROM (SELECT seq, value, path FROM changes WHERE trip_id = $1 AND seq > $2 AND NOT compacted ORDER BY seq LIMIT $3) AS next
     ) AS page JOIN changes USING (seq)
     WHERE position = 1 OR running <= $4
     ORDER BY seq`,
    [tripId, after, limit + 1, bytes],
  );
  const changes = rows.slice(0, limit).map((row): StoredChange => ({ seq: Number(row.seq), ...changeOf(row) }));
  const next = changes.at(-1)?.seq ?? after;
  const [log] = await db.query<{ last: number | string; remaining: number | string }>(
    `SELECT (SELECT coalesce(max(seq), 0) FROM changes WHERE trip_id = $1) AS last,
       (SELECT count(*) FROM changes WHERE trip_id = $1 AND seq > $2 AND NOT compacted) AS remaining`,
    [tripId, next],
  );
  const remaining = Number(log?.remaining ?? 0);
  return { changes, more: remaining > 0, remaining, last: Number(log?.last ?? 0) };
}

/** Which of `ids` the trip's log holds already. */
export async function heldChanges(db: Queryable, tripId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id FROM changes WHERE trip_id = $1 AND id = ANY($2::text[])', [
    tripId,
    ids,
  ]);
  return new Set(rows.map((row) => row.id));
}

/** The id of the trip's change at a position of its log; null when none is there. */
export async function changeAt(db: Queryable, tripId: string, seq: number): Promise<string | null> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM changes WHERE trip_id = $1 AND seq = $2', [tripId, seq]);
  return row?.id ?? null;
}

/** Whether the trip's roster has the member, not deleted, as the changes the server holds make it. */
export async function isOnRoster(db: Queryable, tripId: string, memberId: string): Promise<boolean> {
  const rows = await db.query<{ id: string; hlc: string; path: string; value: unknown }>(
    `SELECT id, hlc, path, value FROM changes
     WHERE trip_id = $1 AND table_name = 'members' AND record_id = $2 AND NOT compacted`,
    [tripId, memberId],
  );
  const deletion = rows
    .filter((row) => row.path === 'deletedAt')
    .reduce<(typeof rows)[number] | undefined>(
      (latest, row) => (!latest || wins(row, latest) ? row : latest),
      undefined,
    );
  return rows.length > 0 && (deletion?.value ?? null) === null;
}
