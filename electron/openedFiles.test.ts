import { EventEmitter } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { clearOpenedFiles, createDownloadMark, tidyOpenedFiles, ZONE_IDENTIFIER } from './openedFiles';

function fakes(platform: NodeJS.Platform) {
  const written: [string, string][] = [];
  const executed: [string, string[]][] = [];
  const mark = createDownloadMark({
    platform,
    writeFile: async (file, data) => void written.push([file, data]),
    execFile: async (command, args) => void executed.push([command, args]),
    now: () => new Date('2026-11-24T09:00:00Z'),
  });
  return { mark, written, executed };
}

describe('marking opened copies as downloaded', () => {
  it("writes Windows' Zone.Identifier stream, zone 3 (the Internet)", async () => {
    const { mark, written, executed } = fakes('win32');
    await mark('C:\\Temp\\fieldbook\\1\\평가 보고서.docx');
    expect(written).toEqual([['C:\\Temp\\fieldbook\\1\\평가 보고서.docx:Zone.Identifier', ZONE_IDENTIFIER]]);
    expect(ZONE_IDENTIFIER).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
    expect(executed).toEqual([]);
  });

  it("sets macOS's quarantine attribute, with the time in hexadecimal seconds", async () => {
    const { mark, written, executed } = fakes('darwin');
    await mark('/var/folders/x/fieldbook/1/slides.pptx');
    const seconds = (Date.parse('2026-11-24T09:00:00Z') / 1000).toString(16);
    expect(executed).toEqual([
      [
        '/usr/bin/xattr',
        ['-w', 'com.apple.quarantine', `0081;${seconds};Fieldbook;`, '/var/folders/x/fieldbook/1/slides.pptx'],
      ],
    ]);
    expect(written).toEqual([]);
  });

  it('does nothing on Linux, which has no such mark', async () => {
    const { mark, written, executed } = fakes('linux');
    await mark('/tmp/fieldbook/1/a.xlsx');
    expect([written, executed]).toEqual([[], []]);
  });
});

describe('clearing the folder of opened copies', () => {
  it('removes every copy, and the folder, whether it is there or not', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'fieldbook-temp-'));
    const folder = path.join(base, 'fieldbook');
    await mkdir(path.join(folder, 'a'), { recursive: true });
    await writeFile(path.join(folder, 'a', 'x.pdf'), 'x');
    await clearOpenedFiles(folder, rm);
    expect(await readdir(base)).toEqual([]);
    await clearOpenedFiles(folder, rm);

    await mkdir(path.join(folder, 'b'), { recursive: true });
    await clearOpenedFiles(folder, rmSync);
    expect(await readdir(base)).toEqual([]);
  });

  it('leaves a copy another application holds to the next start, without failing', async () => {
    await expect(
      clearOpenedFiles('/tmp/fieldbook', async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      }),
    ).resolves.toBeUndefined();
  });
});

describe('the folder of opened copies over the app’s life', () => {
  /** Electron's app as the wiring sees it: its folders in `base`, and its events. */
  async function appIn() {
    const base = await mkdtemp(path.join(tmpdir(), 'fieldbook-app-'));
    const app = Object.assign(new EventEmitter(), { getPath: (name: string) => path.join(base, name) });
    return { base, app: app as unknown as Pick<App, 'getPath' | 'on'> & EventEmitter };
  }
  const deps = (platform: NodeJS.Platform, slowRm = 0) => ({
    platform,
    rm: async (folder: string, options: { recursive: true; force: true }) => {
      await new Promise((resolve) => setTimeout(resolve, slowRm));
      await rm(folder, options);
    },
    rmSync,
    mkdir,
  });

  it('empties the last run’s copies before the first copy of this run is written', async () => {
    const { base, app } = await appIn();
    const stale = path.join(base, 'temp', 'Fieldbook opened files', 'old', 'minutes.docx');
    await mkdir(path.dirname(stale), { recursive: true });
    await writeFile(stale, 'a copy the last run left');
    const opened = tidyOpenedFiles(app, deps('win32', 50));
    expect(opened.folder()).toBe(path.join(base, 'temp', 'Fieldbook opened files'));
    await opened.makeFolder(path.join(opened.folder(), 'new'));
    expect(await readdir(opened.folder())).toEqual(['new']);
  });

  it('empties the folder at quit, before the process ends, and keeps it in the app’s own folder on Linux', async () => {
    const { base, app } = await appIn();
    const opened = tidyOpenedFiles(app, deps('linux'));
    expect(opened.folder()).toBe(path.join(base, 'userData', 'Fieldbook opened files'));
    await opened.makeFolder(path.join(opened.folder(), 'copy'));
    await writeFile(path.join(opened.folder(), 'copy', 'slides.pptx'), 'x');
    app.emit('will-quit');
    // Synchronously: at quit nothing waits for a promise.
    expect(existsSync(opened.folder())).toBe(false);
  });
});
