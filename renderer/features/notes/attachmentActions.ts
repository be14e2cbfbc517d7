import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import { type Attachment, safeAttachmentName } from '@shared/model';
import { bridge } from '../../bridge/bridge';
import type { FieldbookDB } from '../../data/database/db';
import { getAttachmentFile } from '../../data/records/attachments';

export type SaveCopyOutcome = { outcome: 'saved'; fileName: string } | { outcome: 'cancelled' } | { outcome: 'failed' };
export type OpenOutcome = 'opened' | 'noApplication' | 'failed';

/** The name a file leaves the app under: records stored before names were made safe keep the name they came with. */
function outgoingName(attachment: Attachment): string {
  return safeAttachmentName(attachment.fileName, attachment.mimeType);
}

/**
 * Saves a copy of an attachment where the user chooses, a slice of its Blob
 * at a time, so that neither this page nor a message holds it whole. Any
 * failure ends the save on the other side too, so nothing half-written stays.
 */
export async function saveAttachmentCopy(db: FieldbookDB, attachment: Attachment): Promise<SaveCopyOutcome> {
  let handle: string | null = null;
  try {
    const file = await getAttachmentFile(db, attachment.id);
    if (!file) return { outcome: 'failed' };
    const begun = await bridge.invoke('attachments:saveBegin', {
      suggestedName: outgoingName(attachment),
      size: file.size,
    });
    if (begun.outcome === 'cancelled') return begun;
    handle = begun.handle;
    for (let offset = 0; offset < file.size; offset += ATTACHMENT_CHUNK_BYTES) {
      const bytes = new Uint8Array(await file.slice(offset, offset + ATTACHMENT_CHUNK_BYTES).arrayBuffer());
      await bridge.invoke('attachments:saveChunk', { handle, bytes });
    }
    const { fileName } = await bridge.invoke('attachments:saveEnd', { handle });
    return { outcome: 'saved', fileName };
  } catch {
    // The other side may have ended the save already (a failed write); aborting then is refused, harmlessly.
    if (handle) await bridge.invoke('attachments:saveAbort', { handle }).catch(() => undefined);
    return { outcome: 'failed' };
  }
}

/** Hands an attachment to the system's application for its type. */
export async function openAttachment(db: FieldbookDB, attachment: Attachment): Promise<OpenOutcome> {
  try {
    const file = await getAttachmentFile(db, attachment.id);
    if (!file) return 'failed';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { opened } = await bridge.invoke('files:open', { fileName: outgoingName(attachment), bytes });
    return opened ? 'opened' : 'noApplication';
  } catch {
    return 'failed';
  }
}
