import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import type { WebContents } from 'electron';
import { chunkedSaves, type SaveFileSystem, UnknownSaveError } from './chunkedSave';
import type { ChooseSavePath, MainHandlers } from './context';

type TripFileChannel =
  | 'tripFiles:saveBegin'
  | 'tripFiles:saveChunk'
  | 'tripFiles:saveEnd'
  | 'tripFiles:saveAbort'
  | 'tripFiles:openBegin'
  | 'tripFiles:readChunk'
  | 'tripFiles:openEnd';

/** Asks the user which .fieldbook file to open; null when they cancel. */
export type ChooseOpenPath = (sender: WebContents) => Promise<string | null>;

/** The file system calls reading a file needs (node:fs/promises in the app). */
export interface ReadFileSystem {
  open(file: string, flags: 'r'): Promise<Pick<FileHandle, 'read' | 'close' | 'stat'>>;
}

interface Reading {
  senderId: number;
  file: Pick<FileHandle, 'read' | 'close'>;
  close: () => Promise<void>;
}

/**
 * tripFiles:*: a trip's .fieldbook file written where the user chose as the
 * renderer makes it (chunkedSave.ts: under its name only once whole), and
 * one the user chose read a chunk at a time, never whole in one message,
 * the file closed when the page is done with it or gone.
 */
export function tripFileHandlers(deps: {
  choosePath: ChooseSavePath;
  chooseOpenPath: ChooseOpenPath;
  fs: SaveFileSystem & ReadFileSystem;
}): Pick<MainHandlers, TripFileChannel> {
  const saves = chunkedSaves({ fs: deps.fs });
  const readings = new Map<string, Reading>();
  const claim = (handle: string, sender: WebContents): Reading => {
    const reading = readings.get(handle);
    if (!reading || reading.senderId !== sender.id) throw new UnknownSaveError();
    return reading;
  };
  return {
    'tripFiles:saveBegin': async ({ suggestedName }, { sender }) => {
      const target = await deps.choosePath(sender, suggestedName);
      if (!target) return { outcome: 'cancelled' };
      return { outcome: 'chosen', handle: await saves.begin(sender, target, null) };
    },
    'tripFiles:saveChunk': async ({ handle, bytes }, { sender }) => {
      await saves.chunk(handle, bytes, sender);
    },
    'tripFiles:saveEnd': ({ handle }, { sender }) => saves.end(handle, sender),
    'tripFiles:saveAbort': async ({ handle }, { sender }) => {
      await saves.abort(handle, sender);
    },
    'tripFiles:openBegin': async (_, { sender }) => {
      const chosen = await deps.chooseOpenPath(sender);
      if (!chosen) return { outcome: 'cancelled' };
      const file = await deps.fs.open(chosen, 'r');
      const { size } = await file.stat();
      const handle = randomUUID();
      const close = async () => {
        readings.delete(handle);
        sender.removeListener('destroyed', onGone);
        await file.close().catch(() => undefined);
      };
      const onGone = () => void close();
      sender.once('destroyed', onGone);
      readings.set(handle, { senderId: sender.id, file, close });
      return { outcome: 'chosen', handle, fileName: chosen, size };
    },
    'tripFiles:readChunk': async ({ handle, offset }, { sender }) => {
      const { file } = claim(handle, sender);
      const buffer = new Uint8Array(ATTACHMENT_CHUNK_BYTES);
      const { bytesRead } = await file.read(buffer, 0, buffer.byteLength, offset);
      return buffer.subarray(0, bytesRead);
    },
    'tripFiles:openEnd': async ({ handle }, { sender }) => {
      await claim(handle, sender).close();
    },
  };
}
