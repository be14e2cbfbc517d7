import type { Transaction } from 'dexie';

/**
 * Schema step 5 gave attachments stored before names were made safe (a
 * dropped path, a name that lied about its content, a name too long for a
 * file system) the name an attachment was given when the step was released
 * (safeAttachmentName in shared/model/attachmentFile.ts). Frozen: the rule
 * and the types below are copies of that version, so that a later change of
 * the app's rule cannot change what this step writes.
 */
export const step5 = {
  version: 5,
  stores: {},
  upgrade: makeAttachmentNamesSafe,
};

const EXTENSIONS_OF_TYPE = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/heic': ['heic'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/x-hwp': ['hwp'],
  'application/hwp+zip': ['hwpx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'text/plain': ['txt', 'md'],
  'text/csv': ['csv'],
} as const;

const MAX_NAME_BYTES = 200;
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

function safeName(name: string, mimeType: keyof typeof EXTENSIONS_OF_TYPE): string {
  const segment = name.split(/[\\/]/u).pop() ?? '';
  const cleaned = segment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(EDGE_DOTS_AND_SPACES, '');
  const dot = cleaned.lastIndexOf('.');
  const given = dot > 0 ? cleaned.slice(dot + 1) : '';
  const extensions = EXTENSIONS_OF_TYPE[mimeType];
  const extension = (extensions as readonly string[]).includes(given.toLowerCase()) ? given : extensions[0];
  const stem = EXTENSION.test(given) ? cleaned.slice(0, dot) : cleaned;
  const budget = MAX_NAME_BYTES - utf8Bytes(`.${extension}`);
  let fitted = fitStem(stem, budget);
  if (WINDOWS_DEVICE.test((fitted.split('.')[0] ?? '').trimEnd())) fitted = fitStem(`_${fitted}`, budget);
  return `${fitted}.${extension}`;
}

async function makeAttachmentNamesSafe(tx: Transaction): Promise<void> {
  await tx
    .table('attachments')
    .toCollection()
    .modify((attachment: { fileName: string; mimeType: string }) => {
      if (Object.hasOwn(EXTENSIONS_OF_TYPE, attachment.mimeType)) {
        attachment.fileName = safeName(attachment.fileName, attachment.mimeType as keyof typeof EXTENSIONS_OF_TYPE);
      }
    });
}
