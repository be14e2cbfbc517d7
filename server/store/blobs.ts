import { type BlobStatus, chunkCount, chunkLength } from '@shared/sync/blobs';
import type { Queryable } from '../storage/storage';

/**
 * The bytes of a trip's attachments, by their SHA-256 (migration 0004): a
 * file in chunks, complete once all are here and their hash is its name.
 * Every statement names the trip: a file of one trip is never found from another.
 */

/** Where a file of the trip stands; undefined when no device has begun to upload it. */
export async function blobStatus(db: Queryable, tripId: string, sha256: string): Promise<BlobStatus | undefined> {
  const [row] = await db.query<{ size: number; complete: boolean; have: number[] }>(
    `SELECT b.size, b.complete,
       coalesce(array_agg(c.chunk_index ORDER BY c.chunk_index) FILTER (WHERE c.chunk_index IS NOT NULL), '{}') AS have
     FROM blobs b LEFT JOIN blob_chunks c ON c.trip_id = b.trip_id AND c.sha256 = b.sha256
     WHERE b.trip_id = $1 AND b.sha256 = $2
     GROUP BY b.size, b.complete`,
    [tripId, sha256],
  );
  return row && { sha256, size: row.size, complete: row.complete, have: row.have.map(Number) };
}

/**
 * Begins an upload, or finds the one begun (by this device before a cut, or
 * by another device holding the same file): where it stands, whose size may
 * differ from the one asked only if one of the two uploaders is wrong.
 */
export async function beginBlob(tx: Queryable, tripId: string, sha256: string, size: number): Promise<BlobStatus> {
  await tx.query(
    `INSERT INTO blobs (trip_id, sha256, size) VALUES ($1, $2, $3) ON CONFLICT (trip_id, sha256) DO NOTHING`,
    [tripId, sha256, size],
  );
  const status = await blobStatus(tx, tripId, sha256);
  if (!status) throw new Error(`The upload of ${sha256} vanished inside its transaction`);
  return status;
}

export type ChunkOutcome =
  | { outcome: 'stored'; status: BlobStatus }
  | { outcome: 'notBegun' }
  | { outcome: 'notThisChunk'; size: number }
  | { outcome: 'mismatch' };

/**
 * Stores one chunk of an upload begun. The file is locked while it is
 * written, so that of two devices sending its last chunks at once one
 * completes it. With the last chunk, the SHA-256 of the whole is checked:
 * bytes that are not the file named are dropped, chunks and all, and the
 * upload starts again from nothing. A chunk of a complete file changes nothing.
 */
export async function storeChunk(
  tx: Queryable,
  tripId: string,
  sha256: string,
  index: number,
  bytes: Uint8Array,
): Promise<ChunkOutcome> {
  const [blob] = await tx.query<{ size: number; complete: boolean }>(
    'SELECT size, complete FROM blobs WHERE trip_id = $1 AND sha256 = $2 FOR UPDATE',
    [tripId, sha256],
  );
  if (!blob) return { outcome: 'notBegun' };
  if (!blob.complete) {
    if (index >= chunkCount(blob.size) || bytes.byteLength !== chunkLength(blob.size, index)) {
      return { outcome: 'notThisChunk', size: blob.size };
    }
    await tx.query(
      `INSERT INTO blob_chunks (trip_id, sha256, chunk_index, bytes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (trip_id, sha256, chunk_index) DO NOTHING`,
      [tripId, sha256, index, bytes],
    );
    if ((await checkWhenWhole(tx, tripId, sha256, blob.size)) === 'mismatch') {
      await tx.query('DELETE FROM blobs WHERE trip_id = $1 AND sha256 = $2', [tripId, sha256]);
      return { outcome: 'mismatch' };
    }
  }
  const status = await blobStatus(tx, tripId, sha256);
  if (!status) throw new Error(`The upload of ${sha256} vanished inside its transaction`);
  return { outcome: 'stored', status };
}

/**
 * Once every chunk is here, whether they are the file named: `complete` (and
 * marked so) or `mismatch`; `partial` while chunks are missing.
 */
async function checkWhenWhole(
  tx: Queryable,
  tripId: string,
  sha256: string,
  size: number,
): Promise<'partial' | 'complete' | 'mismatch'> {
  const [held] = await tx.query<{ chunks: number | string }>(
    'SELECT count(*) AS chunks FROM blob_chunks WHERE trip_id = $1 AND sha256 = $2',
    [tripId, sha256],
  );
  if (Number(held?.chunks ?? 0) < chunkCount(size)) return 'partial';
  const [whole] = await tx.query<{ sha256: string }>(
    `SELECT encode(sha256(string_agg(bytes, ''::bytea ORDER BY chunk_index)), 'hex') AS sha256
     FROM blob_chunks WHERE trip_id = $1 AND sha256 = $2`,
    [tripId, sha256],
  );
  if (whole?.sha256 !== sha256) return 'mismatch';
  await tx.query('UPDATE blobs SET complete = true WHERE trip_id = $1 AND sha256 = $2', [tripId, sha256]);
  return 'complete';
}

/** One chunk of a complete file of the trip; undefined while the file is not complete here (or not here at all). */
export async function readChunk(
  db: Queryable,
  tripId: string,
  sha256: string,
  index: number,
): Promise<Uint8Array | undefined> {
  const [row] = await db.query<{ bytes: Uint8Array }>(
    `SELECT c.bytes FROM blob_chunks c JOIN blobs b ON b.trip_id = c.trip_id AND b.sha256 = c.sha256
     WHERE b.trip_id = $1 AND b.sha256 = $2 AND b.complete AND c.chunk_index = $3`,
    [tripId, sha256, index],
  );
  return row?.bytes;
}
