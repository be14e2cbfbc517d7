/** Largest file a member can attach: a phone photo or a handout scan fits many times over. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/**
 * The kinds of file a delegation brings back: photos, scanned handouts and
 * slides, office documents (including Hangul word processor files). Keyed
 * by the MIME type detected from the file's content, not its name.
 */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/heic': 'image',
  'application/pdf': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'document',
  'application/x-hwp': 'document',
  'application/hwp+zip': 'document',
  'application/msword': 'document',
  'application/vnd.ms-excel': 'document',
  'application/vnd.ms-powerpoint': 'document',
  'text/plain': 'document',
  'text/csv': 'document',
} as const satisfies Record<string, 'image' | 'document'>;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

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

function isAccepted(type: string | undefined): type is AcceptedType {
  return type !== undefined && type in ACCEPTED_TYPES;
}

/**
 * Decides whether a file may be attached. `detected` is the MIME type read
 * from the file's first bytes (undefined when nothing was recognised).
 */
export function checkAttachment(file: { name: string; size: number; detected: string | undefined }): AttachmentCheck {
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'tooLarge' };
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const mimeType = file.detected
    ? isAccepted(file.detected)
      ? file.detected
      : CONTAINER_EXTENSIONS[file.detected]?.[extension]
    : TEXT_EXTENSIONS[extension];
  return mimeType ? { ok: true, mimeType, kind: ACCEPTED_TYPES[mimeType] } : { ok: false, reason: 'unsupported' };
}
