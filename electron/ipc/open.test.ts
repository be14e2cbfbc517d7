import { chmod, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { openHandlers } from './open';

describe('opening attachments with the system', () => {
  it('writes the file under its own name in a fresh folder, marks it as downloaded, makes it read-only and opens it', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'fieldbook-open-'));
    const opened: string[] = [];
    const marked: string[] = [];
    const handlers = openHandlers({
      tempFolder: () => temp,
      makeFolder: (folder) => mkdir(folder, { recursive: true }),
      writeFile: (file, data) => writeFile(file, data),
      markDownloaded: async (file) => void marked.push(file),
      makeReadOnly: (file) => chmod(file, 0o444),
      openPath: async (file) => {
        opened.push(file);
        return '';
      },
    });
    const bytes = new TextEncoder().encode('%PDF-1.4');
    const answer = await handlers['files:open']({ fileName: '福岡県資料.pdf', bytes }, { sender: {} as WebContents });
    expect(answer).toEqual({ opened: true });
    expect(path.basename(opened[0] ?? '')).toBe('福岡県資料.pdf');
    expect(path.dirname(path.dirname(opened[0] ?? ''))).toBe(temp);
    expect(await readFile(opened[0] ?? '', 'utf8')).toBe('%PDF-1.4');
    expect(marked).toEqual(opened);
    expect((await stat(opened[0] ?? '')).mode & 0o222).toBe(0);
  });

  it('says so when the system could not open it', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'fieldbook-open-'));
    const handlers = openHandlers({
      tempFolder: () => temp,
      makeFolder: (folder) => mkdir(folder, { recursive: true }),
      writeFile: (file, data) => writeFile(file, data),
      markDownloaded: async () => {},
      makeReadOnly: async () => {},
      openPath: async () => 'No application knows this file',
    });
    const answer = await handlers['files:open'](
      { fileName: 'x.hwp', bytes: new Uint8Array([1]) },
      { sender: {} as WebContents },
    );
    expect(answer).toEqual({ opened: false });
  });

  it('does not open a copy it could not mark', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'fieldbook-open-'));
    const opened: string[] = [];
    const handlers = openHandlers({
      tempFolder: () => temp,
      makeFolder: (folder) => mkdir(folder, { recursive: true }),
      writeFile: (file, data) => writeFile(file, data),
      markDownloaded: async () => {
        throw new Error('xattr: Operation not permitted');
      },
      makeReadOnly: async () => {},
      openPath: async (file) => {
        opened.push(file);
        return '';
      },
    });
    await expect(
      handlers['files:open']({ fileName: 'macro.docx', bytes: new Uint8Array([1]) }, { sender: {} as WebContents }),
    ).rejects.toThrow(/xattr/);
    expect(opened).toEqual([]);
  });
});
