import { EventEmitter } from 'node:events';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { UnknownSaveError } from './chunkedSave';
import { tripFileHandlers } from './tripFiles';

function page(id: number): WebContents {
  return Object.assign(new EventEmitter(), { id }) as unknown as WebContents;
}

async function setUp() {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'fieldbook-tripfile-'));
  const handlers = tripFileHandlers({
    choosePath: async (_sender, suggestedName) => path.join(folder, suggestedName),
    chooseOpenPath: async () => path.join(folder, '연수.fieldbook'),
    fs,
  });
  return { folder, handlers, sender: page(1) };
}

describe('a trip’s .fieldbook file in the desktop app', () => {
  it('is written as it is made, of no announced size, under its name only once whole; cancelled, nothing is left', async () => {
    const { folder, handlers, sender } = await setUp();
    const begun = await handlers['tripFiles:saveBegin']({ suggestedName: '연수.fieldbook' }, { sender });
    if (begun.outcome !== 'chosen') throw new Error('cancelled');
    for (let part = 0; part < 3; part++)
      await handlers['tripFiles:saveChunk'](
        { handle: begun.handle, bytes: new Uint8Array(1000).fill(part) },
        { sender },
      );
    expect(await fs.readdir(folder)).toEqual([`.fieldbook-${begun.handle}.part`]);
    await handlers['tripFiles:saveEnd']({ handle: begun.handle }, { sender });
    expect((await fs.readFile(path.join(folder, '연수.fieldbook'))).length).toBe(3000);

    const second = await handlers['tripFiles:saveBegin']({ suggestedName: '백업.fieldbook' }, { sender });
    if (second.outcome !== 'chosen') throw new Error('cancelled');
    await handlers['tripFiles:saveChunk']({ handle: second.handle, bytes: new Uint8Array(10) }, { sender });
    await handlers['tripFiles:saveAbort']({ handle: second.handle }, { sender });
    expect(await fs.readdir(folder)).toEqual(['연수.fieldbook']);
  });

  it('is read back a chunk at a time, only by the page that opened it, and closed when done', async () => {
    const { folder, handlers, sender } = await setUp();
    const bytes = new Uint8Array(ATTACHMENT_CHUNK_BYTES + 123).map((_, index) => index % 251);
    await fs.writeFile(path.join(folder, '연수.fieldbook'), bytes);
    const opened = await handlers['tripFiles:openBegin']({}, { sender });
    if (opened.outcome !== 'chosen') throw new Error('cancelled');
    expect(opened.size).toBe(bytes.length);
    const first = await handlers['tripFiles:readChunk']({ handle: opened.handle, offset: 0 }, { sender });
    const second = await handlers['tripFiles:readChunk']({ handle: opened.handle, offset: first.length }, { sender });
    expect(first.length).toBe(ATTACHMENT_CHUNK_BYTES);
    expect([...second]).toEqual([...bytes.subarray(ATTACHMENT_CHUNK_BYTES)]);
    await expect(
      handlers['tripFiles:readChunk']({ handle: opened.handle, offset: 0 }, { sender: page(2) }),
    ).rejects.toBeInstanceOf(UnknownSaveError);
    await handlers['tripFiles:openEnd']({ handle: opened.handle }, { sender });
    await expect(
      handlers['tripFiles:readChunk']({ handle: opened.handle, offset: 0 }, { sender }),
    ).rejects.toBeInstanceOf(UnknownSaveError);
  });
});
