import { z } from 'zod';
import { contentHash } from '../model/attachment';
import { MAX_ATTACHMENT_BYTES } from '../notes/attachmentRules';

/**
 * How attachments' bytes travel (docs/sync-protocol.md, section 6, since
 * protocol 4): named by their SHA-256, in chunks of CHUNK_BYTES (each but the
 * last exactly that long), at most MAX_BLOB_BYTES a file, the limit of the
 * attachments themselves.
 */
export const CHUNK_BYTES = 1024 * 1024;
export const MAX_BLOB_BYTES = MAX_ATTACHMENT_BYTES;

export function chunkCount(size: number): number {
  return Math.ceil(size / CHUNK_BYTES);
}

/** How long chunk `index` of a file of `size` bytes is: what the server and a downloading device expect. */
export function chunkLength(size: number, index: number): number {
  return Math.max(0, Math.min(CHUNK_BYTES, size - index * CHUNK_BYTES));
}

/** What the server holds of a file: its chunks so far, and whether all are there and their SHA-256 is the file's. */
export const blobStatus = z.object({
  sha256: contentHash,
  size: z.number().int().min(1).max(MAX_BLOB_BYTES),
  complete: z.boolean(),
  have: z.array(z.number().int().min(0)).max(chunkCount(MAX_BLOB_BYTES)),
});
export type BlobStatus = z.infer<typeof blobStatus>;

/** The chunks a file still lacks on the server. */
export function missingChunks(status: BlobStatus): number[] {
  if (status.complete) return [];
  const have = new Set(status.have);
  return Array.from({ length: chunkCount(status.size) }, (_, index) => index).filter((index) => !have.has(index));
}
