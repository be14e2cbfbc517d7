import { type AcceptedType, type Attachment, type RecordId, recordSchemas, safeAttachmentName } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { isLive, restore, tombstone } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';
import { sha256Of } from './attachmentBytes';

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
 * The description of a file to attach, checked with the schema sync and
 * imports use, so that a record this device writes is one they accept; it
 * names the file's bytes by their SHA-256, hashed before any transaction
 * that writes it (which would end while it awaited WebCrypto).
 */
export function attachmentRecord(store: Store, input: Omit<NewAttachment, 'thumbnail'>, sha256: string): Attachment {
  return recordSchemas.attachments.parse({
    ...createMeta(store.ctx),
    tripId: input.tripId,
    visitId: input.visitId,
    owner: input.owner,
    fileName: safeAttachmentName(input.fileName, input.mimeType),
    mimeType: input.mimeType,
    size: input.file.size,
    sha256,
  });
}

/**
 * Writes an attachment's file, thumbnail and description, inside the
 * caller's write transaction over attachments and attachmentBlobs: all of
 * them or, when any fails (e.g. storage full), none.
 */
export async function storeAttachment(store: Store, attachment: Attachment, file: Blob, thumbnail: Blob | null) {
  const { db } = store;
  await db.attachmentBlobs.add({ id: attachment.id, blob: file });
  if (thumbnail) await db.attachmentBlobs.add({ id: thumbnailKey(attachment.id), blob: thumbnail });
  await writeRecords(store, 'attachments', [attachment]);
}

/** Stores a file, its description and its thumbnail together, or nothing if any of them fails. */
export async function addAttachment(store: Store, input: NewAttachment): Promise<Attachment> {
  const { db } = store;
  const attachment = attachmentRecord(store, input, await sha256Of(input.file));
  await writeTransaction(db, [db.attachments, db.attachmentBlobs], () =>
    storeAttachment(store, attachment, input.file, input.thumbnail),
  );
  return attachment;
}

/** One attachment, removed or not; undefined when this device has no such record. */
export function getAttachment(db: FieldbookDB, id: RecordId): Promise<Attachment | undefined> {
  return db.attachments.get(id);
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

/** Which of these attachments have their bytes on this device (attached here, or downloaded). */
export async function filesHere(db: FieldbookDB, ids: readonly RecordId[]): Promise<Set<RecordId>> {
  return new Set(
    await db.attachmentBlobs
      .where('id')
      .anyOf([...ids])
      .primaryKeys(),
  );
}

/** A trip's attachments, removed ones included: a removal may be undone. */
export function listTripAttachments(db: FieldbookDB, tripId: RecordId): Promise<Attachment[]> {
  return db.attachments.where('tripId').equals(tripId).toArray();
}

/**
 * Stores the same bytes (and thumbnail) for attachments that name them: a
 * file downloaded once serves every attachment of it. Device-local, so not
 * through the write funnel; inside the caller's transaction over attachmentBlobs.
 */
export async function putFiles(db: FieldbookDB, ids: readonly RecordId[], file: Blob, thumbnail: Blob | null) {
  await db.attachmentBlobs.bulkPut(
    ids.flatMap((id) => [{ id, blob: file }, ...(thumbnail ? [{ id: thumbnailKey(id), blob: thumbnail }] : [])]),
  );
}

/**
 * Names an attachment's bytes by their SHA-256, through the write funnel so
 * that the name syncs and the bytes can follow: for files attached before
 * they travelled. An attachment named already keeps its name.
 */
export async function setAttachmentHash(store: Store, id: RecordId, sha256: string): Promise<void> {
  const { db } = store;
  await writeTransaction(db, [db.attachments], async () => {
    const existing = await db.attachments.get(id);
    if (!existing || existing.sha256) return;
    await writeRecords(store, 'attachments', [{ ...existing, sha256, ...changeMeta(store.ctx) }]);
  });
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
 * say: those attached on other devices count too, whether or not their
 * bytes have been downloaded here.
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
