import type { Attachment, RecordId } from '@shared/model';
import { checkAttachment, checkAttachmentSize } from '@shared/notes/attachmentRules';
import { fileTypeFromBuffer } from 'file-type';
import type { Store } from '../../data/database/store';
import { isQuotaError, thumbnailOf } from '../../data/records/attachmentBytes';
import { addAttachment } from '../../data/records/attachments';

export type AttachOutcome = 'attached' | 'empty' | 'tooLarge' | 'unsupported' | 'storageFull' | 'failed';

/**
 * How much of a file's start its type is read from: file-type needs about
 * 4 KB for most kinds, and an Office file's [Content_Types].xml or folder
 * names may come after a few other entries of its zip.
 */
const DETECTION_BYTES = 64 * 1024;

/**
 * Attaches files to a visit or a note, one by one: each is checked by its
 * size, then by its first bytes (see checkAttachment), and only then read
 * whole, given a thumbnail if it is a photo, and stored with its description
 * in one transaction, or not at all.
 */
export async function attachFiles(
  store: Store,
  target: { tripId: RecordId; visitId: RecordId; owner: Attachment['owner'] },
  files: readonly File[],
): Promise<{ name: string; outcome: AttachOutcome }[]> {
  const results: { name: string; outcome: AttachOutcome }[] = [];
  for (const file of files) {
    const sizeProblem = checkAttachmentSize(file.size);
    if (sizeProblem) {
      results.push({ name: file.name, outcome: sizeProblem });
      continue;
    }
    try {
      const head = new Uint8Array(await file.slice(0, DETECTION_BYTES).arrayBuffer());
      const detected = (await fileTypeFromBuffer(head))?.mime;
      const check = checkAttachment({ name: file.name, size: file.size, detected });
      if (!check.ok) {
        results.push({ name: file.name, outcome: check.reason });
        continue;
      }
      const blob = new Blob([await file.arrayBuffer()], { type: check.mimeType });
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
