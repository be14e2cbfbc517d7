import type { Attachment, RecordId } from '@shared/model';
import { checkAttachment } from '@shared/notes/attachmentRules';
import { fileTypeFromBuffer } from 'file-type';
import { addAttachment } from '../../data/attachments';
import type { Store } from '../../data/store';

export type AttachOutcome = 'attached' | 'empty' | 'tooLarge' | 'unsupported' | 'storageFull' | 'failed';

const THUMBNAIL_WIDTH = 320;

/** A small JPEG of a photo for lists; null when the browser cannot decode it (a HEIC photo, say). */
async function thumbnailOf(image: Blob): Promise<Blob | null> {
  try {
    const bitmap = await createImageBitmap(image, { resizeWidth: THUMBNAIL_WIDTH, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return (error instanceof Error && error.name === 'QuotaExceededError') || inner === 'QuotaExceededError';
}

/**
 * Attaches files to a visit or a note, one by one: each is checked by its
 * content (see checkAttachment), given a thumbnail if it is a photo, and
 * stored with its description in one transaction, or not at all.
 */
export async function attachFiles(
  store: Store,
  target: { tripId: RecordId; visitId: RecordId; owner: Attachment['owner'] },
  files: readonly File[],
): Promise<{ name: string; outcome: AttachOutcome }[]> {
  const results: { name: string; outcome: AttachOutcome }[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = bytes.byteLength > 0 ? (await fileTypeFromBuffer(bytes))?.mime : undefined;
    const check = checkAttachment({ name: file.name, size: file.size, detected });
    if (!check.ok) {
      results.push({ name: file.name, outcome: check.reason });
      continue;
    }
    const blob = new Blob([bytes], { type: check.mimeType });
    try {
      await addAttachment(store, {
        ...target,
        fileName: file.name,
        mimeType: check.mimeType,
        file: blob,
        thumbnail: check.kind === 'image' ? await thumbnailOf(blob) : null,
      });
      results.push({ name: file.name, outcome: 'attached' });
    } catch (error) {
      results.push({ name: file.name, outcome: isQuotaError(error) ? 'storageFull' : 'failed' });
    }
  }
  return results;
}
