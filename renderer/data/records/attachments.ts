import { type AcceptedType, type Attachment, type RecordId, recordSchemas, safeAttachmentName } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { createMeta } from '../database/writeContext';
import { isLive, restore, tombstone } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export interface NewAttachment {
  tripId: RecordId;
  visitId: RecordId | null;
  owner: Attachment['owner'];
  /** The name the file came with; it is stored as safeAttachmentName makes it. */
  fileName: string;
  mimeType: AcceptedType;
  file: Blob;
  /** A small JPEG for lists, for images. */
  thumbnail: Blob | null;
}

const thumbnailKey = (id: RecordId) => `${id}:thumbnail`;

/**
 * Stores a file, its description and its thumbnail together, or nothing if
 * any of them fails (e.g. storage full). The description is checked with the
 * schema sync and imports use, so a record this device writes is one they accept.
 */
export async function addAttachment(store: Store, input: NewAttachment): Promise<Attachment> {
  const { db } = store;
  const attachment = recordSchemas.attachments.parse({
    ...createMeta(store.ctx),
    tripId: input.tripId,
    visitId: input.visitId,
    owner: input.owner,
    fileName: safeAttachmentName(input.fileName, input.mimeType),
    mimeType: input.mimeType,
    size: input.file.size,
  });
  await writeTransaction(db, [db.attachments, db.attachmentBlobs], async () => {
    await db.attachmentBlobs.add({ id: attachment.id, blob: input.file });
    if (input.thumbnail) await db.attachmentBlobs.add({ id: thumbnailKey(attachment.id), blob: input.thumbnail });
    await writeRecords(store, 'attachments', [attachment]);
  });
  return attachment;
}

export async function listVisitAttachments(db: FieldbookDB, visitId: RecordId): Promise<Attachment[]> {
  return (await db.attachments.where('visitId').equals(visitId).toArray()).filter(isLive);
}

export async function getAttachmentFile(db: FieldbookDB, id: RecordId): Promise<Blob | null> {
  return (await db.attachmentBlobs.get(id))?.blob ?? null;
}

export async function getThumbnail(db: FieldbookDB, id: RecordId): Promise<Blob | null> {
  return (await db.attachmentBlobs.get(thumbnailKey(id)))?.blob ?? null;
}

/** Removes an attachment from view; its file is kept, so that the removal can be undone. */
export async function removeAttachment(store: Store, id: RecordId): Promise<void> {
  await tombstone(store, store.db.attachments, id);
}

export async function restoreAttachment(store: Store, id: RecordId): Promise<void> {
  await restore(store, store.db.attachments, id);
}

/**
 * How many files are attached in all trips and their size, as their records
 * say: those attached on other devices count too, though their bytes are
 * not here (only the records sync so far: docs/sync-protocol.md).
 */
export async function attachmentTotals(db: FieldbookDB): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.attachments.each((attachment) => {
    if (!isLive(attachment)) return;
    count += 1;
    bytes += attachment.size;
  });
  return { count, bytes };
}
