import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import { bridge } from '../bridge/bridge';

/**
 * A trip's .fieldbook file through the bridge: written where the user
 * chooses as it is made, and read from where they choose a chunk at a time
 * (the desktop's dialogs; a download and a file input in a browser).
 */

/**
 * Writes a file where the user chooses as `produce` makes it, in chunks of
 * at most one message: the writer's many small pieces are gathered first.
 * Answers the name it was saved under; null when the user cancelled the
 * dialog. A failure or a cancel half-way leaves no file under the name.
 */
export async function saveTripFile(
  suggestedName: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<unknown>,
): Promise<string | null> {
  const begun = await bridge.invoke('tripFiles:saveBegin', { suggestedName });
  if (begun.outcome === 'cancelled') return null;
  const { handle } = begun;
  let gathered: Uint8Array[] = [];
  let size = 0;
  const send = async () => {
    if (size === 0) return;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of gathered) {
      bytes.set(part, at);
      at += part.length;
    }
    gathered = [];
    size = 0;
    await bridge.invoke('tripFiles:saveChunk', { handle, bytes });
  };
  try {
    await produce(async (chunk) => {
      for (let at = 0; at < chunk.length; at += ATTACHMENT_CHUNK_BYTES) {
        const part = chunk.subarray(at, at + ATTACHMENT_CHUNK_BYTES);
        if (size + part.length > ATTACHMENT_CHUNK_BYTES) await send();
        gathered.push(part.slice());
        size += part.length;
      }
    });
    await send();
    return (await bridge.invoke('tripFiles:saveEnd', { handle })).fileName;
  } catch (error) {
    await bridge.invoke('tripFiles:saveAbort', { handle }).catch(() => undefined);
    throw error;
  }
}

export interface ChosenTripFile {
  fileName: string;
  size: number;
  chunks: AsyncIterable<Uint8Array>;
}

/** Asks the user for a .fieldbook file and hands its bytes to `use` as a stream; null when they chose none. */
export async function readTripFile<T>(use: (file: ChosenTripFile) => Promise<T>): Promise<T | null> {
  const opened = await bridge.invoke('tripFiles:openBegin', {});
  if (opened.outcome === 'cancelled') return null;
  const { handle, fileName, size } = opened;
  async function* chunks() {
    for (let offset = 0; offset < size; ) {
      const bytes = await bridge.invoke('tripFiles:readChunk', { handle, offset });
      if (bytes.length === 0) break;
      offset += bytes.length;
      yield bytes;
    }
  }
  try {
    return await use({ fileName, size, chunks: chunks() });
  } finally {
    await bridge.invoke('tripFiles:openEnd', { handle }).catch(() => undefined);
  }
}
