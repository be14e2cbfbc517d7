import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App } from './pages/App';
import { AttachmentCard } from './pages/AttachmentCard';
import { browserPerFile, openApp } from './support/browser';

const browser = browserPerFile();
const ICON = path.resolve(import.meta.dirname, '../../assets/icon.png');

async function openFukuokaFiles(app: App): Promise<void> {
  await app.tripList.loadSampleTrip();
  await app.trip.waitUntilLoaded();
  await app.itinerary.open();
  await app.notes.openFromItinerary(app.language === 'ja' ? '福岡県庁' : '후쿠오카현청');
  await app.notes.show('files');
}

async function attach(app: App, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await app.notes.fileInput().setInputFiles(file);
  await app.page
    .getByRole('status')
    .filter({ hasText: app.t('notes', 'files.attached_one', { count: 1 }) })
    .waitFor();
}

describe('attachments leaving the app', () => {
  it('stores a photo named like a program under its real type, and saves a copy of it byte for byte', async () => {
    const app = await openApp(browser(), 'ko-KR');
    await openFukuokaFiles(app);
    const png = await readFile(ICON);
    await attach(app, { name: 'invoice.exe', mimeType: 'application/x-msdownload', buffer: png });

    const card = AttachmentCard.named(app, 'invoice.png');
    await card.name().waitFor();
    const download = await card.saveCopy();
    expect(download.suggestedFilename()).toBe('invoice.png');
    expect(await readFile((await download.path()) ?? '')).toEqual(png);
    await expect.poll(() => card.message().textContent()).toBe(app.t('notes', 'files.saved', { path: 'invoice.png' }));
  });

  it('saves a copy larger than one message in slices, under a name cut to fit a file system', async () => {
    const app = await openApp(browser(), 'ja-JP');
    await openFukuokaFiles(app);
    const text = Buffer.from('評価報告書。'.repeat(300_000)); // 5.4 MB, more than one 4 MB chunk
    await attach(app, { name: `${'평'.repeat(100)}.txt`, mimeType: 'text/plain', buffer: text });

    const stored = `${'평'.repeat(65)}.txt`;
    const card = AttachmentCard.named(app, stored);
    await card.name().waitFor();
    const download = await card.saveCopy();
    expect(download.suggestedFilename()).toBe(stored);
    expect((await readFile((await download.path()) ?? '')).equals(text)).toBe(true);

    const tab = await card.open();
    await tab.waitForLoadState();
    expect(await card.message().textContent()).toBe('');
  });
});
