import { ACCEPTED_TYPES, type AcceptedType, isAcceptedType } from '../model/attachmentFile';

/** Largest file a member can attach: a phone photo or a handout scan fits many times over. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** Older office and Hangul files share one container format; their extension tells them apart. */
const CONTAINER_EXTENSIONS: Record<string, Partial<Record<string, AcceptedType>>> = {
  'application/x-cfb': {
    hwp: 'application/x-hwp',
    doc: 'application/msword',
    xls: 'application/vnd.ms-excel',
    ppt: 'application/vnd.ms-powerpoint',
  },
  'application/zip': { hwpx: 'application/hwp+zip' },
};

/** Text files have no signature; they are taken at their word when their name says so. */
const TEXT_EXTENSIONS: Record<string, AcceptedType> = { txt: 'text/plain', csv: 'text/csv', md: 'text/plain' };

export type AttachmentCheck =
  | { ok: true; mimeType: AcceptedType; kind: 'image' | 'document' }
  | { ok: false; reason: 'empty' | 'tooLarge' | 'unsupported' };

/** What is wrong with a file's size alone, before any of it is read; null when nothing is. */
export function checkAttachmentSize(size: number): 'empty' | 'tooLarge' | null {
  return size === 0 ? 'empty' : size > MAX_ATTACHMENT_BYTES ? 'tooLarge' : null;
}

/**
 * Decides whether a file may be attached. `detected` is the MIME type read
 * from the file's first bytes (undefined when nothing was recognised).
 */
export function checkAttachment(file: { name: string; size: number; detected: string | undefined }): AttachmentCheck {
  const sizeProblem = checkAttachmentSize(file.size);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const mimeType = file.detected
    ? isAcceptedType(file.detected)
      ? file.detected
      : CONTAINER_EXTENSIONS[file.detected]?.[extension]
    : TEXT_EXTENSIONS[extension];
  return mimeType ? { ok: true, mimeType, kind: ACCEPTED_TYPES[mimeType].kind } : { ok: false, reason: 'unsupported' };
}
