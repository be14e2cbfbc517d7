import { deflateSync, strToU8 } from 'fflate';
import { type FileKeys, FileRefused, fileName, KEYS, MANIFEST, type Manifest, type Page, pageName } from './tripFile';
import { crc32, ZipWriter } from './zipWriter';

/** A file's bytes as they are read from where they are kept, a slice at a time, as often as asked. */
export interface FileBytes {
  sha256: string;
  size: number;
  read: () => AsyncIterable<Uint8Array>;
}

export interface TripFileContents {
  manifest: Manifest;
  keys: FileKeys;
  pages: AsyncIterable<Page> | Iterable<Page>;
  files: AsyncIterable<FileBytes> | Iterable<FileBytes>;
}

/** What of an AbortSignal the writer reads (shared/ has no DOM library). */
export interface Cancel {
  readonly aborted: boolean;
}

/**
 * Writes a `.fieldbook` file as a stream (tripFile.ts): each piece of the
 * zip goes to `write` as soon as it is made and is awaited before the next,
 * so a trip with hundreds of photos is never whole in memory. JSON entries
 * are deflated; attachments, compressed already, are stored, each read
 * twice (its CRC first, as the entry's header precedes its bytes:
 * zipWriter.ts). `cancel` stops it between pieces (FileCancelled); what was
 * written is then the caller's to throw away.
 */
export async function writeTripFile(
  contents: TripFileContents,
  write: (chunk: Uint8Array) => Promise<void>,
  cancel?: Cancel,
): Promise<void> {
  const zip = new ZipWriter(async (chunk) => {
    if (cancel?.aborted) throw new FileCancelled();
    await write(chunk);
  }, new Date(contents.manifest.writtenAt));
  const addJson = async (name: string, value: unknown) => {
    const bytes = strToU8(JSON.stringify(value));
    const deflated = deflateSync(bytes, { level: 6 });
    await zip.add(name, { method: 8, crc: crc32(bytes), size: bytes.length, compressed: deflated.length }, [deflated]);
  };
  await addJson(MANIFEST, contents.manifest);
  await addJson(KEYS, contents.keys);
  let pages = 0;
  for await (const page of contents.pages) await addJson(pageName(pages++), page);
  if (pages !== contents.manifest.pages)
    throw new FileRefused('damaged', `the manifest names ${contents.manifest.pages} pages, ${pages} were written`);
  for await (const file of contents.files) {
    let crc = 0;
    for await (const chunk of file.read()) {
      crc = crc32(chunk, crc);
      if (cancel?.aborted) throw new FileCancelled();
    }
    await zip.add(fileName(file.sha256), { method: 0, crc, size: file.size, compressed: file.size }, file.read());
  }
  await zip.end();
}

/** Writing was cancelled by the user. */
export class FileCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'FileCancelled';
  }
}
