import { ACCEPTED_TYPES, type Attachment, type RecordId } from '@shared/model';
import { chunkCount, chunkLength } from '@shared/sync/blobs';
import type { SyncServer } from '@shared/sync/client';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { isQuotaError, sha256Of, thumbnailOf } from '../records/attachmentBytes';
import { filesHere, getAttachmentFile, getThumbnail, listTripAttachments, putFiles } from '../records/attachments';
import { isLive } from '../writes/records';
import { markUploaded } from './fileUploads';

/**
 * Files up to this size come down with every sync, without being asked for:
 * a screenshot, a scanned business card, a short document. A phone camera's
 * photo (3 to 5 MB) or a deck of slides waits until it is opened or saved, or
 * "Download all for offline", so that a member on hotel Wi-Fi or roaming does
 * not pay for the whole delegation's camera rolls.
 */
export const BACKGROUND_DOWNLOAD_BYTES = 2 * 1024 * 1024;

/**
 * `unnamed`: attached before bytes travelled, on a device that has not named
 * them yet (it does once its app is updated); `notUploaded`: the device that
 * holds it has not sent it yet; `damaged`: what arrived is not the file
 * named, and was not kept.
 */
export type Fetched = 'downloaded' | 'unnamed' | 'notUploaded' | 'damaged';

/**
 * Keeps a file for every attachment of the trip that names it and lacks it,
 * and remembers that the server holds it (it came from there), in one transaction.
 */
async function keepFile(db: FieldbookDB, tripId: RecordId, sha256: string, file: Blob, thumbnail: Blob | null) {
  await db.transaction('rw', [db.attachments, db.attachmentBlobs, db.settings], async () => {
    const same = (await listTripAttachments(db, tripId)).filter((attachment) => attachment.sha256 === sha256);
    const here = await filesHere(
      db,
      same.map((attachment) => attachment.id),
    );
    const lacking = same.filter((attachment) => !here.has(attachment.id)).map((attachment) => attachment.id);
    await putFiles(db, lacking, file, thumbnail);
    await markUploaded(db, tripId, sha256);
  });
}

/** Another attachment of the trip naming the same bytes whose file this device holds (the same photo attached twice). */
async function copyHere(db: FieldbookDB, tripId: RecordId, sha256: string): Promise<RecordId | undefined> {
  const same = (await listTripAttachments(db, tripId)).filter((attachment) => attachment.sha256 === sha256);
  const [held] = await filesHere(
    db,
    same.map((attachment) => attachment.id),
  );
  return held;
}

/**
 * Downloads an attachment's bytes from the trip's server, chunk by chunk,
 * checks them against the attachment's SHA-256, and only then stores them,
 * with a thumbnail for a photo as the attaching device makes one: a file is
 * here whole and true, or not at all. A copy this device holds already
 * serves without the network. Throws what the connection throws.
 */
export async function fetchFile(
  store: Store,
  server: SyncServer,
  attachment: Attachment,
  onProgress: (received: number, size: number) => void = () => {},
): Promise<Fetched> {
  const { tripId, sha256 } = attachment;
  if (!sha256) return 'unnamed';
  const copy = await copyHere(store.db, tripId, sha256);
  const file = copy && (await getAttachmentFile(store.db, copy));
  if (copy && file) {
    await keepFile(store.db, tripId, sha256, file, await getThumbnail(store.db, copy));
    return 'downloaded';
  }
  const status = await server.blobStatus(tripId, sha256);
  if (!status?.complete) return 'notUploaded';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (let index = 0; index < chunkCount(status.size); index += 1) {
    const chunk = await server.getChunk(tripId, sha256, index);
    if (chunk.byteLength !== chunkLength(status.size, index)) return 'damaged';
    chunks.push(chunk);
    received += chunk.byteLength;
    onProgress(received, status.size);
  }
  const arrived = new Blob(chunks, { type: attachment.mimeType });
  if ((await sha256Of(arrived)) !== sha256) return 'damaged';
  const thumbnail = ACCEPTED_TYPES[attachment.mimeType].kind === 'image' ? await thumbnailOf(arrived) : null;
  await keepFile(store.db, tripId, sha256, arrived, thumbnail);
  return 'downloaded';
}

/** The trip's live attachments whose bytes are not here, one per file, optionally only those up to `maxSize`. */
export async function filesMissing(db: FieldbookDB, tripId: RecordId, maxSize = Infinity): Promise<Attachment[]> {
  const wanted = (await listTripAttachments(db, tripId)).filter(
    (attachment) => isLive(attachment) && attachment.sha256 && attachment.size <= maxSize,
  );
  const here = await filesHere(
    db,
    wanted.map((attachment) => attachment.id),
  );
  const files = new Map<string, Attachment>();
  for (const attachment of wanted) {
    if (!here.has(attachment.id) && attachment.sha256) files.set(attachment.sha256, attachment);
  }
  return [...files.values()];
}

/** Bytes of small files received in the background, of all those missing when the sync began. */
export interface FilesReceived {
  received: number;
  toReceive: number;
}

/**
 * Brings down, after a pull, the small files of the trip this device lacks
 * (BACKGROUND_DOWNLOAD_BYTES). One not on the server yet, or damaged on the
 * way, is tried again at the next sync; a device whose storage is full stops
 * here without failing the sync. Throws what the connection throws.
 */
export async function fetchSmallFiles(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  onProgress: (files: FilesReceived) => void = () => {},
): Promise<FilesReceived> {
  const missing = await filesMissing(store.db, tripId, BACKGROUND_DOWNLOAD_BYTES);
  const progress: FilesReceived = { received: 0, toReceive: missing.reduce((sum, file) => sum + file.size, 0) };
  for (const attachment of missing) {
    const before = progress.received;
    let fetched: Fetched;
    try {
      fetched = await fetchFile(store, server, attachment, (received) => {
        progress.received = before + received;
        onProgress({ ...progress });
      });
    } catch (error) {
      if (isQuotaError(error)) break;
      throw error;
    }
    // A file that did not come is left out of this sync's count: the next sync tries it again.
    if (fetched === 'downloaded') progress.received = before + attachment.size;
    else {
      progress.received = before;
      progress.toReceive -= attachment.size;
    }
    onProgress({ ...progress });
  }
  return progress;
}
