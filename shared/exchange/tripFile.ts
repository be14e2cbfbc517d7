import { z } from 'zod';
import { recordId } from '../model/ids';
import { deviceId } from '../model/meta';
import { isoInstant } from '../model/time';
import { MAX_BLOB_BYTES } from '../sync/blobs';
import { bundle, relayedKey } from '../sync/signing';

/**
 * The `.fieldbook` file (docs/sync-protocol.md, section 11): a trip's
 * changes, signed as their devices signed them, the keys that verify them
 * and the attachments' bytes, in a zip that is written and read as a
 * stream. What sync sends through a server, carried by hand: a USB stick, a
 * phone's nearby sharing, a messenger, or a backup.
 *
 * Its entries, in this order: `manifest.json` (what the file is and holds),
 * `keys.json`, the pages of changes `changes/000001.json`… (each as a pull's
 * page: changes and the bundles that sign them), and the files
 * `files/<sha256>`. Nothing else may be in it.
 */

export const FILE_FORMAT = 'fieldbook-trip';
/** The version this app writes and the newest it reads: an older app says a newer file is newer than it. */
export const FILE_VERSION = 1;
export const FILE_EXTENSION = '.fieldbook';

/** At most this many changes in one page, as in a pull. */
export const PAGE_CHANGES = 1000;
/** The most a page, the manifest or the keys may hold, inflated: a page of 1,000 changes of the largest values fits. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;
export const MAX_PAGES = 10_000;
export const MAX_FILES = 10_000;
/** The most a whole file may hold, inflated. */
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024;

export const MANIFEST = 'manifest.json';
export const KEYS = 'keys.json';
export const pageName = (index: number) => `changes/${String(index + 1).padStart(6, '0')}.json`;
export const fileName = (sha256: string) => `files/${sha256}`;

const PAGE = /^changes\/(\d{6})\.json$/;
const FILE = /^files\/([0-9a-f]{64})$/;

/** What an entry's name says it is; null for a name the format has no place for. */
export function entryOf(
  name: string,
): { kind: 'manifest' } | { kind: 'keys' } | { kind: 'page'; index: number } | { kind: 'file'; sha256: string } | null {
  if (name === MANIFEST) return { kind: 'manifest' };
  if (name === KEYS) return { kind: 'keys' };
  const page = PAGE.exec(name);
  if (page?.[1]) return { kind: 'page', index: Number(page[1]) - 1 };
  const file = FILE.exec(name);
  if (file?.[1]) return { kind: 'file', sha256: file[1] };
  return null;
}

const sha256 = z
  .string()
  .length(64)
  .regex(/^[0-9a-f]{64}$/);

export const manifest = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  /** `changes`: what the recipient may lack; `backup`: the whole trip. */
  kind: z.enum(['changes', 'backup']),
  /** The trip, by id and by title, so that a file of another trip is named for what it is. */
  trip: z.object({ id: recordId, title: z.string().max(200) }),
  /** The device that wrote the file, and the member using it. */
  from: z.object({ deviceId, memberId: recordId.nullable() }),
  writtenAt: isoInstant,
  /** How many pages of changes follow, and how many changes in all. */
  pages: z.number().int().min(0).max(MAX_PAGES),
  changes: z
    .number()
    .int()
    .min(0)
    .max(MAX_PAGES * PAGE_CHANGES),
  files: z.array(z.object({ sha256, size: z.number().int().min(1).max(MAX_BLOB_BYTES) })).max(MAX_FILES),
});
export type Manifest = z.infer<typeof manifest>;

/** The keys that verify the file's changes: the trip's first device, and every key down from it. */
export const fileKeys = z.object({
  root: z.string().min(1).max(100).nullable(),
  keys: z.array(relayedKey).max(10_000),
});
export type FileKeys = z.infer<typeof fileKeys>;

/** A page of changes, as a pull's: each change checked by the sync rules when it is applied. */
export const page = z.object({
  changes: z.array(z.unknown()).max(PAGE_CHANGES),
  bundles: z.array(bundle).max(PAGE_CHANGES),
});
export type Page = z.infer<typeof page>;

/** Why a file is refused, said to the user in words (locales' `exchange.problems`). */
export type FileProblem =
  /** Not a zip, or a zip that is not a Fieldbook file. */
  | 'not_fieldbook'
  /** A zip broken inside, or cut short. */
  | 'damaged'
  /** Written by a newer version of the app. */
  | 'newer_version'
  /** More than the format allows: an entry, the file, or a zip bomb. */
  | 'too_large'
  /** An entry the format has no place for (a path elsewhere), or one twice. */
  | 'unexpected_entry'
  /** An attachment whose bytes are not those its name promises. */
  | 'file_mismatch'
  /** Another trip's file. */
  | 'other_trip'
  /** A change whose signature does not verify, or that names another author than its signature. */
  | 'bad_signature'
  /** A change its author's role does not allow. */
  | 'forbidden';

/** A file refused, nothing written: `detail` says where, for the log and the tests. */
export class FileRefused extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly detail: string,
    /** For `other_trip`: the trip the file belongs to. */
    readonly trip?: { id: string; title: string },
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'FileRefused';
  }
}
