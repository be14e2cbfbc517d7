import { strFromU8, Unzip, type UnzipFile, UnzipInflate, UnzipPassThrough } from 'fflate';
import type { z } from 'zod';
import {
  entryOf,
  FILE_FORMAT,
  FILE_VERSION,
  type FileKeys,
  FileRefused,
  fileKeys,
  MAX_FILES,
  MAX_JSON_BYTES,
  MAX_PAGES,
  MAX_TOTAL_BYTES,
  type Manifest,
  manifest as manifestSchema,
  type Page,
  page as pageSchema,
} from './tripFile';

/**
 * A `.fieldbook` file read whole and checked: what it holds, staged for the
 * one transaction that applies it; its files handed to `keepFile` one by
 * one as each is whole and checked, their SHA-256s listed here.
 */
export interface StagedTripFile {
  manifest: Manifest;
  keys: FileKeys;
  pages: Page[];
  files: Set<string>;
}

/** Where a file's bytes wait, checked, until the file is applied: never all of them in memory at once. */
export type KeepFile = (sha256: string, bytes: Uint8Array) => Promise<void>;

/** What shared/ uses of Web Crypto, typed here as shared/ has no DOM library. */
const { subtle } = (
  globalThis as unknown as {
    crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
  }
).crypto;

const ZIP_START = [0x50, 0x4b, 0x03, 0x04];
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** The end of central directory record and the longest comment it may have. */
const TAIL_BYTES = 22 + 0xffff;
/**
 * The most of the file handed to the unzipper at once. fflate inflates all
 * it is given before the limits below see any of it: a 2 MB zip bomb read
 * in the app's 4 MiB chunks was 2 GiB in memory before it was refused. A
 * 64 KiB slice inflates to some 64 MiB at most.
 */
const INFLATE_SLICE = 64 * 1024;

/**
 * Reads a `.fieldbook` file from a stream of its bytes and checks all of it
 * before anything is written (tripFile.ts): a zip from its first byte to
 * its directory's end, the entries the format names and no other, each
 * once and in order, the manifest of a version this app reads, every
 * entry within its limit as it is inflated (a zip bomb stops at the
 * limit), the pages and files the manifest names, each file's bytes
 * hashing to its name. Throws FileRefused with what is wrong; signatures
 * and the trip are checked by who applies it.
 */
export async function readTripFile(
  chunks: AsyncIterable<Uint8Array>,
  keepFile: KeepFile,
  onProgress: (bytesRead: number) => void = () => {},
): Promise<StagedTripFile> {
  const reading = new Reading(keepFile);
  let start: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array = new Uint8Array(0);
  let read = 0;
  for await (const chunk of chunks) {
    if (start.length < ZIP_START.length) {
      start = join(start, chunk).subarray(0, ZIP_START.length);
      if (!ZIP_START.every((byte, index) => index >= start.length || start[index] === byte))
        throw new FileRefused('not_fieldbook', 'not a zip');
    }
    reading.push(chunk);
    await reading.keepFinished();
    tail = join(tail, chunk);
    if (tail.length > TAIL_BYTES) tail = tail.slice(tail.length - TAIL_BYTES);
    read += chunk.length;
    onProgress(read);
  }
  if (start.length < ZIP_START.length) throw new FileRefused('not_fieldbook', 'not a zip');
  reading.end();
  await reading.keepFinished();
  return reading.staged(directoryEntries(tail));
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** How many entries the zip's directory says it holds; refused when the file ends without its directory's end. */
function directoryEntries(tail: Uint8Array): number {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (!END_OF_DIRECTORY.every((byte, index) => tail[at + index] === byte)) continue;
    const commentLength = (tail[at + 20] ?? 0) | ((tail[at + 21] ?? 0) << 8);
    if (at + 22 + commentLength !== tail.length) continue;
    return (tail[at + 10] ?? 0) | ((tail[at + 11] ?? 0) << 8);
  }
  throw new FileRefused('damaged', 'the file ends before its directory: cut short');
}

/** The zip's entries as they stream by, each checked and kept once whole. */
class Reading {
  private readonly unzip = new Unzip((file) => this.open(file));
  private refusal: FileRefused | null = null;
  private readonly names = new Set<string>();
  private readonly unfinished = new Set<string>();
  private total = 0;
  private manifest: Manifest | null = null;
  private keys: FileKeys | null = null;
  private readonly pages: Page[] = [];
  /** Files whole, waiting for their check; and those checked and kept. */
  private readonly finished: { sha256: string; bytes: Uint8Array }[] = [];
  private readonly files = new Set<string>();

  constructor(private readonly keepFile: KeepFile) {
    this.unzip.register(UnzipInflate);
    this.unzip.register(UnzipPassThrough);
  }

  push(chunk: Uint8Array): void {
    for (let at = 0; at < chunk.length; at += INFLATE_SLICE) {
      const slice = chunk.subarray(at, at + INFLATE_SLICE);
      this.guard(() => this.unzip.push(slice));
    }
  }

  end(): void {
    this.guard(() => this.unzip.push(new Uint8Array(0), true));
  }

  private guard(step: () => void): void {
    if (!this.refusal) {
      try {
        step();
      } catch (error) {
        this.refuse(error instanceof FileRefused ? error : new FileRefused('damaged', String(error)));
      }
    }
    if (this.refusal) throw this.refusal;
  }

  private refuse(refusal: FileRefused): void {
    this.refusal ??= refusal;
  }

  private open(file: UnzipFile): void {
    const entry = entryOf(file.name);
    const refusal = this.refusal ? null : this.refusalOf(file.name, entry);
    const limit = entry?.kind === 'file' ? this.declaredSize(entry.sha256) : MAX_JSON_BYTES;
    if (this.refusal || refusal || !entry || limit === null) {
      if (refusal) this.refuse(refusal);
      file.terminate();
      return;
    }
    this.names.add(file.name);
    this.unfinished.add(file.name);
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (this.refusal) return;
      // An entry that does not inflate comes with no data.
      if (error) {
        file.terminate();
        this.refuse(new FileRefused('damaged', `${file.name}: ${error.message}`));
        return;
      }
      size += data.length;
      this.total += data.length;
      if (size > limit || this.total > MAX_TOTAL_BYTES) {
        file.terminate();
        this.refuse(new FileRefused('too_large', `${file.name} inflates past ${limit} bytes`));
        return;
      }
      parts.push(data);
      if (!final) return;
      this.unfinished.delete(file.name);
      try {
        this.take(entry, concat(parts, size));
      } catch (refusal) {
        this.refuse(refusal instanceof FileRefused ? refusal : new FileRefused('damaged', String(refusal)));
      }
    };
    file.start();
  }

  /** Why an entry may not be in the file where it is: first of all, the manifest; then the format's names, once each. */
  private refusalOf(name: string, entry: ReturnType<typeof entryOf>): FileRefused | null {
    if (this.names.size === 0 && entry?.kind !== 'manifest')
      return new FileRefused('not_fieldbook', `the first entry is ${JSON.stringify(name)}`);
    if (!entry || this.names.has(name)) return new FileRefused('unexpected_entry', JSON.stringify(name));
    if (this.names.size >= 2 + MAX_PAGES + MAX_FILES) return new FileRefused('too_large', 'entries');
    if (entry.kind === 'file' && this.declaredSize(entry.sha256) === null)
      return new FileRefused('unexpected_entry', `${name} is not in the manifest`);
    return null;
  }

  private declaredSize(sha256: string): number | null {
    return this.manifest?.files.find((file) => file.sha256 === sha256)?.size ?? null;
  }

  private take(entry: NonNullable<ReturnType<typeof entryOf>>, bytes: Uint8Array): void {
    if (entry.kind === 'manifest') {
      this.manifest = parseManifest(bytes);
      return;
    }
    if (!this.manifest) throw new FileRefused('not_fieldbook', 'no manifest first');
    if (entry.kind === 'keys') {
      this.keys = parse(fileKeys, bytes, 'keys.json');
      return;
    }
    if (entry.kind === 'page') {
      if (!this.keys || entry.index !== this.pages.length)
        throw new FileRefused('unexpected_entry', `page ${entry.index + 1} out of order`);
      this.pages.push(parse(pageSchema, bytes, `page ${entry.index + 1}`));
      return;
    }
    if (this.pages.length !== this.manifest.pages)
      throw new FileRefused('unexpected_entry', 'a file before the last page of changes');
    this.finished.push({ sha256: entry.sha256, bytes });
  }

  /** Checks each file whole since the last call against its name and size, and hands it on. */
  async keepFinished(): Promise<void> {
    for (let file = this.finished.shift(); file; file = this.finished.shift()) {
      const { sha256, bytes } = file;
      if (bytes.length !== this.declaredSize(sha256) || (await sha256Of(bytes)) !== sha256)
        throw new FileRefused('file_mismatch', `files/${sha256} holds other bytes than its name promises`);
      await this.keepFile(sha256, bytes);
      this.files.add(sha256);
    }
  }

  staged(directoryEntries: number): StagedTripFile {
    const { manifest, keys } = this;
    if (this.unfinished.size > 0) throw new FileRefused('damaged', `${[...this.unfinished].join(', ')} cut short`);
    if (!manifest) throw new FileRefused('not_fieldbook', 'no manifest');
    if (!keys) throw new FileRefused('damaged', 'no keys.json');
    if (directoryEntries !== this.names.size)
      throw new FileRefused('damaged', `the directory lists ${directoryEntries} entries, ${this.names.size} were read`);
    if (this.pages.length !== manifest.pages)
      throw new FileRefused('damaged', `${this.pages.length} pages of the ${manifest.pages} the manifest names`);
    const changes = this.pages.reduce((sum, { changes }) => sum + changes.length, 0);
    if (changes !== manifest.changes)
      throw new FileRefused('damaged', `${changes} changes of the ${manifest.changes} the manifest names`);
    for (const { sha256 } of manifest.files)
      if (!this.files.has(sha256)) throw new FileRefused('damaged', `files/${sha256} is missing`);
    return { manifest, keys, pages: this.pages, files: this.files };
  }
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

function json(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new FileRefused('damaged', `${what} is not JSON`);
  }
}

function parse<S extends z.ZodType>(schema: S, bytes: Uint8Array, what: string): z.output<S> {
  const parsed = schema.safeParse(json(bytes, what));
  if (!parsed.success) throw new FileRefused('damaged', `${what} is not what the format says`);
  return parsed.data;
}

/** The manifest: another app's file, or a newer version's, is told apart from a damaged one. */
function parseManifest(bytes: Uint8Array): Manifest {
  const value = json(bytes, 'manifest.json') as { format?: unknown; version?: unknown } | null;
  if (value?.format !== FILE_FORMAT) throw new FileRefused('not_fieldbook', 'the manifest is not a Fieldbook trip’s');
  if (typeof value.version === 'number' && value.version > FILE_VERSION)
    throw new FileRefused('newer_version', `version ${value.version}, this app reads up to ${FILE_VERSION}`);
  return parse(manifestSchema, bytes, 'manifest.json');
}

async function sha256Of(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
