import { EventEmitter } from 'node:events';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { attachmentSaveHandlers, UnknownSaveError } from './attachments';
import type { ChooseSavePath } from './context';

function page(id: number): WebContents {
  return Object.assign(new EventEmitter(), { id }) as unknown as WebContents;
}

async function setUp(answer: 'choose' | 'cancel' = 'choose') {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'fieldbook-attachment-'));
  const choosePath: ChooseSavePath = async (_sender, suggestedName) =>
    answer === 'choose' ? path.join(folder, suggestedName) : null;
  // Each mark with whether the file was under the user's name yet.
  const marked: { file: string; named: boolean }[] = [];
  const markDownloaded = async (file: string) => {
    const named = (await fs.readdir(folder)).some((name) => !name.startsWith('.fieldbook-'));
    marked.push({ file, named });
    if (markFails) throw new Error('EINVAL: no alternate data streams on this disk');
  };
  let markFails = false;
  const handlers = attachmentSaveHandlers({ choosePath, fs, markDownloaded });
  const sender = page(1);
  const begin = async (suggestedName: string, size: number, from = sender) => {
    const answer = await handlers['attachments:saveBegin']({ suggestedName, size }, { sender: from });
    if (answer.outcome !== 'chosen') throw new Error('cancelled');
    return answer.handle;
  };
  const chunk = (handle: string, bytes: Uint8Array<ArrayBuffer>, from = sender) =>
    handlers['attachments:saveChunk']({ handle, bytes }, { sender: from });
  const end = (handle: string, from = sender) => handlers['attachments:saveEnd']({ handle }, { sender: from });
  const abort = (handle: string, from = sender) => handlers['attachments:saveAbort']({ handle }, { sender: from });
  const failMarks = () => {
    markFails = true;
  };
  return { folder, handlers, sender, begin, chunk, end, abort, files: () => fs.readdir(folder), marked, failMarks };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('saving a copy of an attachment', () => {
  it('writes the chunks in order and shows the file under its name only at the end', async () => {
    const { folder, begin, chunk, end, files } = await setUp();
    const handle = await begin('명함.png', 5);
    await chunk(handle, bytes(1, 2, 3));
    await chunk(handle, bytes(4, 5));
    expect(await files()).toEqual([`.fieldbook-${handle}.part`]);
    const target = path.join(folder, '명함.png');
    expect(await end(handle)).toEqual({ fileName: target });
    expect(await files()).toEqual(['명함.png']);
    expect([...(await fs.readFile(target))]).toEqual([1, 2, 3, 4, 5]);
  });

  it('marks the copy as downloaded, as an opened one, before it is ever under the user’s name', async () => {
    const { folder, begin, chunk, end, marked } = await setUp();
    const handle = await begin('handout.docx', 2);
    await chunk(handle, bytes(0x50, 0x4b));
    await end(handle);
    expect(marked).toEqual([{ file: path.join(folder, `.fieldbook-${handle}.part`), named: false }]);
  });

  it('saves where the user chose even on a disk that holds no such mark (a FAT USB stick)', async () => {
    const { folder, begin, chunk, end, files, failMarks } = await setUp();
    failMarks();
    const handle = await begin('handout.docx', 2);
    await chunk(handle, bytes(0x50, 0x4b));
    expect(await end(handle)).toEqual({ fileName: path.join(folder, 'handout.docx') });
    expect(await files()).toEqual(['handout.docx']);
  });

  it('replaces a file the user chose to overwrite in one step', async () => {
    const { folder, begin, chunk, end } = await setUp();
    await fs.writeFile(path.join(folder, 'slides.pptx'), 'the old copy');
    const handle = await begin('slides.pptx', 2);
    await chunk(handle, bytes(7, 8));
    await end(handle);
    expect([...(await fs.readFile(path.join(folder, 'slides.pptx')))]).toEqual([7, 8]);
  });

  it('opens nothing when the user cancels the dialog', async () => {
    const { handlers, sender, files } = await setUp('cancel');
    expect(await handlers['attachments:saveBegin']({ suggestedName: 'a.pdf', size: 1 }, { sender })).toEqual({
      outcome: 'cancelled',
    });
    expect(await files()).toEqual([]);
  });

  it('leaves nothing behind when aborted, and the handle is gone', async () => {
    const { begin, chunk, abort, end, files } = await setUp();
    const handle = await begin('report.hwp', 10);
    await chunk(handle, bytes(1, 2));
    await abort(handle);
    expect(await files()).toEqual([]);
    await expect(end(handle)).rejects.toBeInstanceOf(UnknownSaveError);
  });

  it("refuses handles it never gave, and another page's handles", async () => {
    const { begin, chunk, end, abort, files } = await setUp();
    const handle = await begin('photo.jpg', 2);
    const other = page(2);
    await expect(chunk(crypto.randomUUID(), bytes(1))).rejects.toBeInstanceOf(UnknownSaveError);
    await expect(chunk(handle, bytes(1), other)).rejects.toBeInstanceOf(UnknownSaveError);
    await expect(end(handle, other)).rejects.toBeInstanceOf(UnknownSaveError);
    await expect(abort(handle, other)).rejects.toBeInstanceOf(UnknownSaveError);
    // The rightful page's save is untouched.
    await chunk(handle, bytes(1, 2));
    await end(handle);
    expect(await files()).toEqual(['photo.jpg']);
  });

  it('refuses more bytes than announced, or an end before all of them, and cleans up', async () => {
    const { begin, chunk, end, files } = await setUp();
    const tooMany = await begin('a.txt', 2);
    await expect(chunk(tooMany, bytes(1, 2, 3))).rejects.toThrow(/announced/);
    const tooFew = await begin('b.txt', 4);
    await chunk(tooFew, bytes(1, 2));
    await expect(end(tooFew)).rejects.toThrow(/2 of 4/);
    expect(await files()).toEqual([]);
  });

  it('abandons the saves of a page that is gone', async () => {
    const { sender, begin, chunk, files } = await setUp();
    const handle = await begin('minutes.docx', 4);
    await chunk(handle, bytes(1, 2));
    sender.emit('destroyed');
    await expect.poll(files).toEqual([]);
    await expect(chunk(handle, bytes(3, 4))).rejects.toBeInstanceOf(UnknownSaveError);
  });

  it('abandons the saves of a page that crashes or reloads, not of one moving between its screens', async () => {
    const { sender, begin, chunk, end, files } = await setUp();
    const kept = await begin('kept.docx', 2);
    sender.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    await chunk(kept, bytes(1, 2));
    await end(kept);
    expect(await files()).toEqual(['kept.docx']);

    const reloaded = await begin('reloaded.docx', 4);
    await chunk(reloaded, bytes(1, 2));
    sender.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await expect.poll(files).toEqual(['kept.docx']);
    await expect(chunk(reloaded, bytes(3, 4))).rejects.toBeInstanceOf(UnknownSaveError);

    const crashed = await begin('crashed.docx', 4);
    await chunk(crashed, bytes(1, 2));
    sender.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect.poll(files).toEqual(['kept.docx']);
  });

  it('removes the partial file when writing fails (a full disk)', async () => {
    const { folder } = await setUp();
    const failing = {
      ...fs,
      open: async (file: string, flags: 'wx') => {
        const handle = await fs.open(file, flags);
        return {
          close: () => handle.close(),
          write: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
        };
      },
    };
    const handlers = attachmentSaveHandlers({
      choosePath: async (_s, name) => path.join(folder, name),
      fs: failing,
      markDownloaded: async () => {},
    });
    const sender = page(1);
    const begun = await handlers['attachments:saveBegin']({ suggestedName: 'big.pdf', size: 3 }, { sender });
    if (begun.outcome !== 'chosen') throw new Error('cancelled');
    await expect(
      handlers['attachments:saveChunk']({ handle: begun.handle, bytes: bytes(1, 2, 3) }, { sender }),
    ).rejects.toThrow(/ENOSPC/);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});
