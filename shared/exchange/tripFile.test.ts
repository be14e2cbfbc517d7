import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTripFile } from './readTripFile';
import { FileRefused, type Manifest, type Page } from './tripFile';
import { FileCancelled, writeTripFile } from './writeTripFile';

const TRIP = '0193a0a0-0000-7000-8000-000000000001';
const photo = new Uint8Array(3 * 1024 * 1024).map((_, index) => (index * 7919) % 251);
// A Word handout is a zip itself, stored as it is: its entries' signatures must not be taken for the file's.
const handout = zipSync({
  'word/document.xml': new TextEncoder().encode('<w:document>福岡県 工業技術センター 資料</w:document>'),
  '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
});
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const pages: Page[] = [
  { changes: [{ id: 'a', note: '현 예산의 1/4~1/5' }], bundles: [] },
  { changes: [{ id: 'b' }, { id: 'c' }], bundles: [] },
];

const manifest: Manifest = {
  format: 'fieldbook-trip',
  version: 1,
  kind: 'backup',
  trip: { id: TRIP, title: '한일 지방과학기술 연수' },
  from: { deviceId: 'organiser-laptop', memberId: null },
  writtenAt: '2026-12-06T09:00:00.000Z',
  pages: pages.length,
  changes: 3,
  files: [
    { sha256: hex(photo), size: photo.length },
    { sha256: hex(handout), size: handout.length },
  ],
};

async function* slices(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function written(contents = { manifest, pages }): Promise<{ bytes: Uint8Array; writes: number }> {
  const parts: Uint8Array[] = [];
  await writeTripFile(
    {
      ...contents,
      keys: { root: null, keys: [] },
      files: [
        { sha256: hex(photo), size: photo.length, read: () => slices(photo, 1024 * 1024) },
        { sha256: hex(handout), size: handout.length, read: () => slices(handout, 1024) },
      ],
    },
    async (chunk) => {
      parts.push(chunk.slice());
    },
  );
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, writes: parts.length };
}

describe('the .fieldbook file', () => {
  it('reads back what was written, a Word handout included, streamed in pieces both ways, its progress told', async () => {
    const { bytes, writes } = await written();
    // The photo went out a megabyte at a time, never whole.
    expect(writes).toBeGreaterThan(3);
    const progress: number[] = [];
    const kept = new Map<string, Uint8Array>();
    const staged = await readTripFile(
      slices(bytes, 64 * 1024),
      async (sha256, file) => void kept.set(sha256, file.slice()),
      (read) => progress.push(read),
    );
    expect(staged.manifest).toEqual(manifest);
    expect(staged.pages).toEqual(pages);
    expect(staged.files).toEqual(new Set([hex(photo), hex(handout)]));
    expect(kept.get(hex(photo))).toEqual(photo);
    expect(kept.get(hex(handout))).toEqual(handout);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(10);
  });

  it('is cancelled between pieces', async () => {
    const cancel = { aborted: false };
    let writes = 0;
    const writing = writeTripFile(
      {
        manifest,
        keys: { root: null, keys: [] },
        pages,
        files: [{ sha256: hex(photo), size: photo.length, read: () => slices(photo, 1024 * 1024) }],
      },
      async () => {
        writes += 1;
        if (writes === 3) cancel.aborted = true;
      },
      cancel,
    );
    await expect(writing).rejects.toBeInstanceOf(FileCancelled);
    expect(writes).toBe(3);
  });

  it('refuses a file whose manifest names more than it holds, as damaged', async () => {
    const { bytes } = await written({ manifest: { ...manifest, changes: 4 }, pages });
    const keep = async () => {};
    await expect(readTripFile(slices(bytes, 4096), keep)).rejects.toMatchObject({ problem: 'damaged' });
    await expect(readTripFile(slices(bytes, 4096), keep)).rejects.toBeInstanceOf(FileRefused);
  });
});
