import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { ZONE_IDENTIFIER } from './openedFiles';
import { wireOpenedFiles } from './openedFilesWiring';

/** Electron's app with its folders in a fresh temporary folder, recording the handlers registered on it. */
async function fakeApp() {
  const base = await mkdtemp(path.join(tmpdir(), 'fieldbook-wiring-'));
  const listeners: [string, () => void][] = [];
  const app = {
    getPath: (name: string) => path.join(base, name),
    on(event: string, listener: () => void) {
      listeners.push([event, listener]);
      return this;
    },
  };
  const emit = (event: string) => {
    for (const [name, listener] of listeners) if (name === event) listener();
  };
  return { base, listeners, emit, app: app as unknown as Pick<App, 'getPath' | 'on'> };
}

function wire(app: Pick<App, 'getPath' | 'on'>, platform: NodeJS.Platform) {
  const opened: string[] = [];
  const wiring = wireOpenedFiles(app, {
    platform,
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
  });
  const open = (fileName: string) =>
    wiring.handlers['files:open']({ fileName, bytes: new TextEncoder().encode('x') }, { sender: {} as WebContents });
  return { wiring, opened, open };
}

describe('the wiring of opened copies main.ts uses', () => {
  it('empties the last run’s copies at start, marks and locks this run’s, and removes them at quit', async () => {
    const { base, app, listeners, emit } = await fakeApp();
    const folder = path.join(base, 'temp', 'Fieldbook opened files');
    await mkdir(path.join(folder, 'old'), { recursive: true });
    await writeFile(path.join(folder, 'old', 'minutes.docx'), 'a copy the last run left');

    // Windows' mark is an alternate stream; on this file system it lands beside the copy, where it can be read.
    const { opened, open } = wire(app, 'win32');
    expect(listeners.map(([event]) => event)).toEqual(['will-quit']);
    await expect(open('평가 보고서.docx')).resolves.toEqual({ opened: true });
    const copy = opened[0] ?? '';
    expect(path.dirname(path.dirname(copy))).toBe(folder);
    expect(existsSync(path.join(folder, 'old'))).toBe(false);
    expect(await readFile(`${copy}:Zone.Identifier`, 'utf8')).toBe(ZONE_IDENTIFIER);
    expect((await stat(copy)).mode & 0o222).toBe(0);

    emit('will-quit');
    // Synchronously: at quit nothing waits for a promise.
    expect(existsSync(folder)).toBe(false);
  });

  it('marks a saved copy as an opened one is', async () => {
    const { base, app } = await fakeApp();
    const { wiring } = wire(app, 'win32');
    const saved = path.join(base, 'handout.pptx');
    await writeFile(saved, 'x');
    await wiring.markDownloaded(saved);
    expect(await readFile(`${saved}:Zone.Identifier`, 'utf8')).toBe(ZONE_IDENTIFIER);
  });

  it('keeps the copies in the app’s own folder on Linux, where the temporary folder is shared', async () => {
    const { base, app, emit } = await fakeApp();
    const { opened, open } = wire(app, 'linux');
    await open('a.xlsx');
    const folder = path.join(base, 'userData', 'Fieldbook opened files');
    expect(path.dirname(path.dirname(opened[0] ?? ''))).toBe(folder);
    expect(existsSync(path.join(base, 'temp'))).toBe(false);
    emit('will-quit');
    expect(existsSync(folder)).toBe(false);
  });
});

describe('main.ts', () => {
  const electronDir = import.meta.dirname;
  // Comments left out, so that a call commented out no longer counts ('//' in a string cuts at most its line).
  const callsOf = (source: string, name: string) =>
    source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').match(new RegExp(`\\b${name}\\(`, 'g'))?.length ?? 0;

  it('wires opened copies through wireOpenedFiles, once, and nothing bypasses it', async () => {
    const main = await readFile(path.join(electronDir, 'main.ts'), 'utf8');
    expect(callsOf(main, 'wireOpenedFiles')).toBe(1);
    // A second composition beside it would hand copies out unmarked or never emptied.
    expect(callsOf(main, 'openHandlers') + callsOf(main, 'createDownloadMark')).toBe(0);
    const modules = (await readdir(electronDir, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const tidying: string[] = [];
    for (const file of modules) {
      if (callsOf(await readFile(path.join(electronDir, file), 'utf8'), 'tidyOpenedFiles') > 0) tidying.push(file);
    }
    // openedFiles.ts declares it; only the wiring calls it.
    expect(tidying.sort()).toEqual(['openedFiles.ts', 'openedFilesWiring.ts']);
  });
});
