import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearOpenedFiles, createDownloadMark, ZONE_IDENTIFIER } from './openedFiles';

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
