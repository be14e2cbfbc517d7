import { chunkedSaves, type SaveFileSystem } from './chunkedSave';
import type { ChooseSavePath, MainHandlers } from './context';

export { type SaveFileSystem, UnknownSaveError } from './chunkedSave';

type SaveChannel = 'attachments:saveBegin' | 'attachments:saveChunk' | 'attachments:saveEnd' | 'attachments:saveAbort';

/**
 * attachments:save*: a copy of an attachment, written where the user chose
 * in chunks (an attachment can be larger than one message should carry;
 * chunkedSave.ts), marked as downloaded as an opened copy is: a handout from
 * any host, which Office then opens in Protected View.
 */
export function attachmentSaveHandlers(deps: {
  choosePath: ChooseSavePath;
  fs: SaveFileSystem;
  /** Marks the copy as a download, as an opened one is (openedFiles.ts, createDownloadMark). */
  markDownloaded: (file: string) => Promise<void>;
}): Pick<MainHandlers, SaveChannel> {
  // Marked before it takes the user's name, so it is never there unmarked. A disk with no room for the
  // mark (Windows' alternate streams on a FAT USB stick) still gets the copy the user chose to put there.
  const saves = chunkedSaves({
    fs: deps.fs,
    beforeRename: (file) => deps.markDownloaded(file).catch(() => undefined),
  });
  return {
    'attachments:saveBegin': async ({ suggestedName, size }, { sender }) => {
      const target = await deps.choosePath(sender, suggestedName);
      if (!target) return { outcome: 'cancelled' };
      return { outcome: 'chosen', handle: await saves.begin(sender, target, size) };
    },
    'attachments:saveChunk': async ({ handle, bytes }, { sender }) => {
      await saves.chunk(handle, bytes, sender);
    },
    'attachments:saveEnd': ({ handle }, { sender }) => saves.end(handle, sender),
    'attachments:saveAbort': async ({ handle }, { sender }) => {
      await saves.abort(handle, sender);
    },
  };
}
