import { z } from 'zod';

/**
 * The kinds of file a delegation brings back: photos, scanned handouts and
 * slides, office documents (including Hangul word processor files). Keyed
 * by the MIME type detected from the file's content, not its name; the
 * first extension is the one a stored name gets, the others are names for
 * the same type that a member's own file may keep.
 */
export const ACCEPTED_TYPES = {
  'image/jpeg': { kind: 'image', extensions: ['jpg', 'jpeg'] },
  'image/png': { kind: 'image', extensions: ['png'] },
  'image/webp': { kind: 'image', extensions: ['webp'] },
  'image/gif': { kind: 'image', extensions: ['gif'] },
  'image/heic': { kind: 'image', extensions: ['heic'] },
  'application/pdf': { kind: 'document', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', extensions: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    kind: 'document',
    extensions: ['pptx'],
  },
  'application/x-hwp': { kind: 'document', extensions: ['hwp'] },
  'application/hwp+zip': { kind: 'document', extensions: ['hwpx'] },
  'application/msword': { kind: 'document', extensions: ['doc'] },
  'application/vnd.ms-excel': { kind: 'document', extensions: ['xls'] },
  'application/vnd.ms-powerpoint': { kind: 'document', extensions: ['ppt'] },
  'text/plain': { kind: 'document', extensions: ['txt', 'md'] },
  'text/csv': { kind: 'document', extensions: ['csv'] },
} as const satisfies Record<string, { kind: 'image' | 'document'; extensions: readonly [string, ...string[]] }>;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

/** Every extension of an accepted type, as a file chooser's `accept` list (".jpg,.jpeg,..."). */
export function acceptedExtensions(): string {
  return Object.values(ACCEPTED_TYPES)
    .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
    .join(',');
}

// Object.keys loses the key type; the keys are exactly AcceptedType.
const ACCEPTED_TYPE_NAMES = Object.keys(ACCEPTED_TYPES) as [AcceptedType, ...AcceptedType[]];
export const acceptedType = z.enum(ACCEPTED_TYPE_NAMES);

export function isAcceptedType(type: string | undefined): type is AcceptedType {
  return type !== undefined && Object.hasOwn(ACCEPTED_TYPES, type);
}

/**
 * Longest stored name, in UTF-8 bytes: file systems count bytes (255 on
 * most), and a folder the system adds in front, or a " (1)" it appends,
 * must still fit.
 */
export const MAX_ATTACHMENT_NAME_BYTES = 200;

const DEFAULT_STEM = 'attachment';
/** Invisible characters: controls, and the direction marks that can make "exe.png" read as "png.exe". */
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Characters Windows refuses in a name (the path separators are gone by then). */
const RESERVED = /[:*?"<>|]/gu;
/** Names Windows keeps for devices, whatever extension follows them. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
/** What counts as an extension to replace; "Dr. Kim" has none. */
const EXTENSION = /^[a-z0-9]{1,8}$/iu;
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/gu;
const TRAILING_DOTS_AND_SPACES = /[\s.]+$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `budget` UTF-8 bytes that ends between two graphemes. */
function truncateToBytes(text: string, budget: number): string {
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    used += utf8Bytes(segment);
    if (used > budget) break;
    kept += segment;
  }
  return kept;
}

/** A stem cut to `budget` bytes, with no dot or space left at its end; never empty. */
function fitStem(stem: string, budget: number): string {
  return truncateToBytes(stem, budget).replace(TRAILING_DOTS_AND_SPACES, '') || DEFAULT_STEM;
}

/**
 * The name an attachment is stored, opened and saved under, whatever name it
 * came with (a dropped path, a name that lies about its content, a name too
 * long for a file system): the last path segment, without invisible or
 * reserved characters or leading dots, with the extension of the type its
 * content was detected as (the member's own extension when it names that
 * type), at most MAX_ATTACHMENT_NAME_BYTES bytes in UTF-8, cut between
 * graphemes. A safe name comes back unchanged.
 */
export function safeAttachmentName(name: string, mimeType: AcceptedType): string {
  const segment = name.split(/[\\/]/u).pop() ?? '';
  const cleaned = segment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(EDGE_DOTS_AND_SPACES, '');
  const dot = cleaned.lastIndexOf('.');
  const given = dot > 0 ? cleaned.slice(dot + 1) : '';
  const { extensions } = ACCEPTED_TYPES[mimeType];
  const extension = (extensions as readonly string[]).includes(given.toLowerCase()) ? given : extensions[0];
  const stem = EXTENSION.test(given) ? cleaned.slice(0, dot) : cleaned;
  const budget = MAX_ATTACHMENT_NAME_BYTES - utf8Bytes(`.${extension}`);
  let fitted = fitStem(stem, budget);
  if (WINDOWS_DEVICE.test((fitted.split('.')[0] ?? '').trimEnd())) fitted = fitStem(`_${fitted}`, budget);
  return `${fitted}.${extension}`;
}

/** The accepted type an extension names, if any. */
export function typeOfExtension(extension: string): AcceptedType | undefined {
  const lower = extension.toLowerCase();
  return ACCEPTED_TYPE_NAMES.find((type) => (ACCEPTED_TYPES[type].extensions as readonly string[]).includes(lower));
}

/** A name safeAttachmentName would leave as it is, for the type its extension names. */
export function isSafeAttachmentName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const type = dot > 0 ? typeOfExtension(name.slice(dot + 1)) : undefined;
  return type !== undefined && safeAttachmentName(name, type) === name;
}

// A name of so many bytes of UTF-8 has at most as many UTF-16 units.
export const attachmentFileName = z
  .string()
  .max(MAX_ATTACHMENT_NAME_BYTES)
  .refine(isSafeAttachmentName, 'not a safe attachment name');
