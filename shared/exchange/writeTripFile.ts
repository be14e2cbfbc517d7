import { strToU8, Zip, ZipDeflate } from 'fflate';
import { type FileKeys, FileRefused, fileName, KEYS, MANIFEST, type Manifest, type Page, pageName } from './tripFile';

/** A file's bytes as they are read from where they are kept, a slice at a time. */
export interface FileBytes {
  sha256: string;
  chunks: AsyncIterable<Uint8Array>;
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
 * are deflated; attachments, compressed already, are stored (deflate's
 * stored blocks, which a streaming reader can tell the end of). `cancel`
 * stops it between pieces (FileCancelled); what was written is then the
 * caller's to throw away.
 */
export async function writeTripFile(
  contents: TripFileContents,
  write: (chunk: Uint8Array) => Promise<void>,
  cancel?: Cancel,
): Promise<void> {
  const made: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else made.push(data);
  });
  const flush = async () => {
    for (let chunk = made.shift(); chunk; chunk = made.shift()) await write(chunk);
    if (failure) throw failure;
    if (cancel?.aborted) throw new FileCancelled();
  };
  const addJson = async (name: string, value: unknown) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(JSON.stringify(value)), true);
    await flush();
  };
  await addJson(MANIFEST, contents.manifest);
  await addJson(KEYS, contents.keys);
  let pages = 0;
  for await (const page of contents.pages) await addJson(pageName(pages++), page);
  if (pages !== contents.manifest.pages)
    throw new FileRefused('damaged', `the manifest names ${contents.manifest.pages} pages, ${pages} were written`);
  for await (const file of contents.files) {
    const entry = new ZipDeflate(fileName(file.sha256), { level: 0 });
    zip.add(entry);
    for await (const chunk of file.chunks) {
      entry.push(chunk);
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await flush();
  }
  zip.end();
  await flush();
}

/** Writing was cancelled by the user. */
export class FileCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'FileCancelled';
  }
}
