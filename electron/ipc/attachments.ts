import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';
import type { ChooseSavePath, MainHandlers } from './context';

/** The file system calls a save needs (node:fs/promises in the app, the same in tests). */
export interface SaveFileSystem {
  open(file: string, flags: 'wx'): Promise<Pick<FileHandle, 'write' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

/** A call named a save that does not exist (finished, aborted, never begun) or that another page began. */
export class UnknownSaveError extends Error {
  constructor() {
    super('No such save under way for this page');
    this.name = 'UnknownSaveError';
  }
}

interface Save {
  senderId: number;
  target: string;
  /** Where the bytes go until the end: beside the target, so that the rename is one step on one disk. */
  partial: string;
  file: Pick<FileHandle, 'write' | 'close'>;
  size: number;
  written: number;
  /** Chunks are written one after another, in the order they arrived. */
  queue: Promise<void>;
  stopListening: () => void;
}

type SaveChannel = 'attachments:saveBegin' | 'attachments:saveChunk' | 'attachments:saveEnd' | 'attachments:saveAbort';

async function writeFully(file: Save['file'], bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.byteLength) {
    const { bytesWritten } = await file.write(bytes, done, bytes.byteLength - done, position + done);
    done += bytesWritten;
  }
}

/**
 * attachments:save*: a copy of an attachment, written where the user chose
 * in chunks (an attachment can be larger than one message should carry),
 * marked as downloaded as an opened copy is: a handout from any host, which
 * Office then opens in Protected View.
 * The bytes go to a hidden partial file next to the target, which takes the
 * target's name only when every byte is there: a failed or abandoned save
 * leaves no half-written file under the user's name, and nothing at all
 * once it is aborted or its page is gone.
 */
export function attachmentSaveHandlers(deps: {
  choosePath: ChooseSavePath;
  fs: SaveFileSystem;
  /** Marks the copy as a download, as an opened one is (openedFiles.ts, createDownloadMark). */
  markDownloaded: (file: string) => Promise<void>;
}): Pick<MainHandlers, SaveChannel> {
  const saves = new Map<string, Save>();

  const claim = (handle: string, sender: WebContents): Save => {
    const save = saves.get(handle);
    if (!save || save.senderId !== sender.id) throw new UnknownSaveError();
    return save;
  };

  const discard = async (handle: string, save: Save): Promise<void> => {
    saves.delete(handle);
    save.stopListening();
    await save.file.close().catch(() => undefined);
    await deps.fs.rm(save.partial, { force: true });
  };

  return {
    'attachments:saveBegin': async ({ suggestedName, size }, { sender }) => {
      const target = await deps.choosePath(sender, suggestedName);
      if (!target) return { outcome: 'cancelled' };
      const handle = randomUUID();
      const partial = path.join(path.dirname(target), `.fieldbook-${handle}.part`);
      const file = await deps.fs.open(partial, 'wx');
      const onGone = () => {
        const save = saves.get(handle);
        if (save) void discard(handle, save).catch(() => undefined);
      };
      // The page that asked is gone (closed, crashed or reloaded): nobody will finish the file.
      // Moving between the app's own screens is a same-document navigation and keeps the save.
      const onNavigation = (details: { isSameDocument: boolean; isMainFrame: boolean }) => {
        if (details.isMainFrame && !details.isSameDocument) onGone();
      };
      sender.once('destroyed', onGone);
      sender.on('render-process-gone', onGone);
      sender.on('did-start-navigation', onNavigation);
      saves.set(handle, {
        senderId: sender.id,
        target,
        partial,
        file,
        size,
        written: 0,
        queue: Promise.resolve(),
        stopListening: () => {
          sender.removeListener('destroyed', onGone);
          sender.removeListener('render-process-gone', onGone);
          sender.removeListener('did-start-navigation', onNavigation);
        },
      });
      return { outcome: 'chosen', handle };
    },

    'attachments:saveChunk': async ({ handle, bytes }, { sender }) => {
      const save = claim(handle, sender);
      const position = save.written;
      save.written += bytes.byteLength;
      if (save.written > save.size) {
        await discard(handle, save);
        throw new Error(`More bytes than the ${save.size} announced`);
      }
      save.queue = save.queue.then(() => writeFully(save.file, bytes, position));
      try {
        await save.queue;
      } catch (error) {
        await discard(handle, save);
        throw error;
      }
    },

    'attachments:saveEnd': async ({ handle }, { sender }) => {
      const save = claim(handle, sender);
      try {
        await save.queue;
        if (save.written !== save.size) throw new Error(`${save.written} of ${save.size} bytes arrived`);
        saves.delete(handle);
        save.stopListening();
        await save.file.close();
        // Marked before it takes the user's name, so it is never there unmarked. A disk with no room for the
        // mark (Windows' alternate streams on a FAT USB stick) still gets the copy the user chose to put there.
        await deps.markDownloaded(save.partial).catch(() => undefined);
        await deps.fs.rename(save.partial, save.target);
      } catch (error) {
        await discard(handle, save);
        throw error;
      }
      return { fileName: save.target };
    },

    'attachments:saveAbort': async ({ handle }, { sender }) => {
      await discard(handle, claim(handle, sender));
    },
  };
}
