import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { WebContents } from 'electron';

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
  /** The size announced, when it was (an attachment's); null for a file made as it is written. */
  size: number | null;
  written: number;
  /** Chunks are written one after another, in the order they arrived. */
  queue: Promise<void>;
  stopListening: () => void;
}

async function writeFully(file: Save['file'], bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.byteLength) {
    const { bytesWritten } = await file.write(bytes, done, bytes.byteLength - done, position + done);
    done += bytesWritten;
  }
}

/**
 * Files written where the user chose in chunks (none larger than one message
 * should carry): an attachment's copy, a trip's .fieldbook file. The bytes
 * go to a hidden partial file next to the target, which takes the target's
 * name only when every byte is there: a failed, cancelled or abandoned save
 * leaves no half-written file under the user's name, and nothing at all
 * once it is aborted or its page is gone.
 */
export function chunkedSaves(deps: {
  fs: SaveFileSystem;
  /** Done to the whole file before it takes its name (attachments: marked as downloaded). */
  beforeRename?: (file: string) => Promise<void>;
}) {
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
    begin: async (sender: WebContents, target: string, size: number | null): Promise<string> => {
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
      return handle;
    },

    chunk: async (handle: string, bytes: Uint8Array, sender: WebContents): Promise<void> => {
      const save = claim(handle, sender);
      const position = save.written;
      save.written += bytes.byteLength;
      if (save.size !== null && save.written > save.size) {
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

    end: async (handle: string, sender: WebContents): Promise<{ fileName: string }> => {
      const save = claim(handle, sender);
      try {
        await save.queue;
        if (save.size !== null && save.written !== save.size)
          throw new Error(`${save.written} of ${save.size} bytes arrived`);
        saves.delete(handle);
        save.stopListening();
        await save.file.close();
        await deps.beforeRename?.(save.partial);
        await deps.fs.rename(save.partial, save.target);
      } catch (error) {
        await discard(handle, save);
        throw error;
      }
      return { fileName: save.target };
    },

    abort: async (handle: string, sender: WebContents): Promise<void> => {
      await discard(handle, claim(handle, sender));
    },
  };
}
