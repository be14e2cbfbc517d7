import type { SnapshotMeta } from '@shared/sync/snapshots';
import type { Queryable } from '../storage/storage';

/**
 * Each trip's latest snapshot listing (migration 0010, docs/sync-protocol.md,
 * section 6): where its bytes are among the trip's blobs and up to where
 * they hold the log. The server never reads the bytes.
 */

interface SnapshotRow {
  up_to: number | string;
  up_to_id: string;
  sha256: string;
  size: number;
  device_id: string;
  signature: string;
}

/** The trip's snapshot as listed; null while none was. */
export async function snapshotOf(db: Queryable, tripId: string): Promise<SnapshotMeta | null> {
  const [row] = await db.query<SnapshotRow>(
    'SELECT up_to, up_to_id, sha256, size, device_id, signature FROM snapshots WHERE trip_id = $1',
    [tripId],
  );
  return row
    ? {
        upTo: Number(row.up_to),
        upToId: row.up_to_id,
        sha256: row.sha256,
        size: row.size,
        deviceId: row.device_id,
        signature: row.signature,
      }
    : null;
}

/**
 * What the trip's log holds after `upTo` (its snapshot's place; 0 for all
 * of it): how many changes, and about how many bytes a pull of them
 * carries (each change's fields as JSON). The first organiser's device
 * judges by it whether a new snapshot would spare the next new device more
 * than it costs (docs/sync-protocol.md, section 3.6). Compacted changes are
 * not pulled, and not counted.
 */
export async function logAfter(
  db: Queryable,
  tripId: string,
  upTo: number,
): Promise<{ changes: number; bytes: number }> {
  const [row] = await db.query<{ changes: number | string; bytes: number | string | null }>(
    `SELECT count(*) AS changes,
       sum(octet_length(value::text) + octet_length(id) + octet_length(table_name) + octet_length(record_id)
         + octet_length(path) + octet_length(hlc) + coalesce(octet_length(base), 4) + octet_length(device_id)
         + octet_length(member_id) + $3) AS bytes
     FROM changes WHERE trip_id = $1 AND seq > $2 AND NOT compacted`,
    [tripId, upTo, CHANGE_FIELDS_BYTES],
  );
  return { changes: Number(row?.changes ?? 0), bytes: Number(row?.bytes ?? 0) };
}

/** What a pulled change's JSON adds to its fields' values: the names, quotes, its place and its bundle's id. */
const CHANGE_FIELDS_BYTES = 160;

/**
 * Lists `meta` as the trip's snapshot unless the one listed holds the log
 * as far already; answers the listing now held. Call under the trip's lock
 * (lockTrip), so that two listings at once keep the further one. The bytes
 * of the snapshot it replaces go: no device asks for them any more, and a
 * trip's snapshots would otherwise pile up one per organiser's sync.
 */
export async function listSnapshot(tx: Queryable, tripId: string, meta: SnapshotMeta, at: Date): Promise<SnapshotMeta> {
  const held = await snapshotOf(tx, tripId);
  if (held && held.upTo >= meta.upTo) return held;
  await tx.query(
    `INSERT INTO snapshots (trip_id, up_to, up_to_id, sha256, size, device_id, signature, listed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (trip_id) DO UPDATE SET up_to = excluded.up_to, up_to_id = excluded.up_to_id,
       sha256 = excluded.sha256, size = excluded.size, device_id = excluded.device_id,
       signature = excluded.signature, listed_at = excluded.listed_at`,
    [tripId, meta.upTo, meta.upToId, meta.sha256, meta.size, meta.deviceId, meta.signature, at],
  );
  // Its chunks go with it (ON DELETE CASCADE).
  if (held && held.sha256 !== meta.sha256)
    await tx.query('DELETE FROM blobs WHERE trip_id = $1 AND sha256 = $2', [tripId, held.sha256]);
  return meta;
}
