import type { RecordId } from '@shared/model';
import { CHUNK_BYTES, chunkLength, missingChunks } from '@shared/sync/blobs';
import { SyncError, type SyncErrorCode, type SyncServer } from '@shared/sync/client';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { filesHere, getAttachmentFile, listTripAttachments } from '../records/attachments';
import { isLive } from '../writes/records';

/**
 * Which files of a trip its server holds whole, as this device knows it
 * (device-local settings, one per file): a file uploaded or downloaded once
 * is not asked about again.
 */
const uploadedPrefix = (tripId: RecordId) => `uploaded:${tripId}:`;

export function markUploaded(db: FieldbookDB, tripId: RecordId, sha256: string): Promise<string> {
  return db.settings.put({ key: `${uploadedPrefix(tripId)}${sha256}`, value: true });
}

/** Forgets what the trip's server holds: a server reached afresh, or restored from a backup, may hold none of it. */
export async function forgetUploads(db: FieldbookDB, tripId: RecordId): Promise<void> {
  await db.settings.where('key').startsWith(uploadedPrefix(tripId)).delete();
}

/** Bytes of files sent, of all those the server was not known to hold when the sync began. */
export interface FilesSent {
  sent: number;
  toSend: number;
}

/**
 * The files this device holds for the trip's live attachments and the server
 * is not known to hold, one per SHA-256. A removed attachment's file stays
 * here unsent: its removal may have been meant to keep it from the others.
 */
async function filesToSend(db: FieldbookDB, tripId: RecordId): Promise<{ id: RecordId; sha256: string }[]> {
  const named = (await listTripAttachments(db, tripId)).filter((attachment) => isLive(attachment) && attachment.sha256);
  const known = new Set(await db.settings.where('key').startsWith(uploadedPrefix(tripId)).primaryKeys());
  const here = await filesHere(
    db,
    named.map((attachment) => attachment.id),
  );
  const files = new Map<string, RecordId>();
  for (const { id, sha256 } of named) {
    if (!sha256 || files.has(sha256) || !here.has(id) || known.has(`${uploadedPrefix(tripId)}${sha256}`)) continue;
    files.set(sha256, id);
  }
  return [...files].map(([sha256, id]) => ({ id, sha256 }));
}

/** Refusals that concern one file only (its bytes are not what its record names, or over the limit): the others go on. */
const REFUSED_FILE = new Set<SyncErrorCode>(['hash_mismatch', 'too_large', 'invalid_body']);

/**
 * Sends the trip's server the bytes of this device's attachments it lacks,
 * file by file and chunk by chunk, asking first which chunks it holds: an
 * upload cut off resumes where it stopped, and a file another device sent
 * already costs one question. Throws what the connection throws; what was
 * sent before stays on the server.
 */
export async function sendFiles(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  onProgress: (files: FilesSent) => void = () => {},
): Promise<FilesSent> {
  const { db } = store;
  const files = await filesToSend(db, tripId);
  const blobs = await Promise.all(files.map((file) => getAttachmentFile(db, file.id)));
  const progress: FilesSent = { sent: 0, toSend: blobs.reduce((sum, blob) => sum + (blob?.size ?? 0), 0) };
  for (const [index, { sha256 }] of files.entries()) {
    const blob = blobs[index];
    if (!blob) continue;
    try {
      let status = await server.beginBlob(tripId, sha256, blob.size);
      const missing = missingChunks(status);
      progress.sent += blob.size - missing.reduce((sum, chunk) => sum + chunkLength(blob.size, chunk), 0);
      onProgress({ ...progress });
      for (const chunk of missing) {
        const start = chunk * CHUNK_BYTES;
        const bytes = new Uint8Array(await blob.slice(start, start + chunkLength(blob.size, chunk)).arrayBuffer());
        status = await server.putChunk(tripId, sha256, chunk, bytes);
        progress.sent += bytes.byteLength;
        onProgress({ ...progress });
      }
      if (status.complete) await markUploaded(db, tripId, sha256);
    } catch (error) {
      if (!(error instanceof SyncError && REFUSED_FILE.has(error.code))) throw error;
    }
  }
  return progress;
}
