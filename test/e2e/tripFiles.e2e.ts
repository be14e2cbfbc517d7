import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { AttachmentCard } from './pages/AttachmentCard';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

/**
 * The .fieldbook file in Chromium: an organiser and a member who joined
 * through the delegation's server, then with no network at all (a bus, a
 * prefectural office's Wi-Fi), pass their notes and a photo both ways by
 * file; a third profile, on no server, restores the trip from a backup.
 */
const browser = browserPerFile();
let server: TestServer;

beforeAll(async () => {
  const webApp = path.resolve(import.meta.dirname, '../../out/web');
  server = await startServer(await openPglite(), { webApp });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await server?.storage.close();
});

describe('sync with no network: the .fieldbook file', () => {
  it('carries a member’s answer and the organiser’s photo both ways, and a backup restores the whole trip', async () => {
    const organiser = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await organiser.tripList.loadSampleTrip();
    await organiser.trip.waitUntilLoaded();
    await organiser.sync.open();
    await organiser.sync.publish(server.url, await server.setupCode());
    await organiser.sync.waitUntilSynced();
    const joinCode = await organiser.sync.invite('강원도 과학기술전문위원');
    const member = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await member.sync.join(joinCode);
    await member.trip.waitUntilLoaded();

    // No network from here on, for both.
    await organiser.page.context().setOffline(true);
    await member.page.context().setOffline(true);

    await member.itinerary.open();
    await member.notes.openFromItinerary('후쿠오카현청');
    await member.notes.myAnswer(1).fill('버스 안에서 쓴 답 (강원도)');
    await member.notes.waitUntilSaved();
    await member.sync.open();
    const fromMember = await member.sync.writeTripFile('export');
    const memberFile = (await fromMember.path()) ?? '';
    expect(fromMember.suggestedFilename()).toMatch(/\.fieldbook$/);

    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    await organiser.notes.show('files');
    const photo = await readFile(path.resolve(import.meta.dirname, '../../assets/icon.png'));
    await organiser.notes.attach([{ name: '명함.png', mimeType: 'image/png', buffer: photo }]);
    await organiser.sync.open();
    await organiser.sync.importTripFile(memberFile);
    await organiser.sync.tripFileStatus().filter({ hasText: '기록 1건(작성자 1명)' }).waitFor();
    await capture(organiser, 'trip-file-imported', { fullPage: true });
    // Taken in twice, the file brings nothing new.
    await organiser.sync.importTripFile(memberFile);
    await organiser.sync
      .tripFileStatus()
      .filter({ hasText: organiser.t('common', 'tripFiles.nothingNew') })
      .waitFor();
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    const answers = organiser.page.locator('.question-card').first().locator('.answer__text');
    await expect.poll(() => answers.allTextContents()).toContain('버스 안에서 쓴 답 (강원도)');

    // The other way: the organiser's file brings the photo to the member.
    await organiser.sync.open();
    const fromOrganiser = await organiser.sync.writeTripFile('export');
    await member.sync.importTripFile((await fromOrganiser.path()) ?? '');
    await member.sync.tripFileStatus().filter({ hasText: '파일 1개' }).waitFor();
    await member.itinerary.open();
    await member.notes.openFromItinerary('후쿠오카현청');
    await member.notes.show('files');
    const card = AttachmentCard.named(member, '명함.png');
    await card.name().waitFor();
    const copy = await card.saveCopy();
    expect(await readFile((await copy.path()) ?? '')).toEqual(photo);

    // A backup, restored on a third profile that never published or joined: the page is served, no trip syncs.
    await organiser.sync.open();
    const backup = await organiser.sync.writeTripFile('backup');
    await organiser.page.locator('.trip-files__reminder').waitFor({ state: 'detached' });
    const third = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await third.tripList.restoreFromBackup((await backup.path()) ?? '');
    await third.trip.waitUntilLoaded();
    await third.itinerary.open();
    await third.notes.openFromItinerary('후쿠오카현청');
    const restored = third.page.locator('.question-card').first().locator('.answer__text');
    await expect.poll(() => restored.allTextContents()).toContain('버스 안에서 쓴 답 (강원도)');
    await capture(third, 'trip-file-restored', { fullPage: true });
  }, 180_000);

  it('with no server at all: a member restores the organiser’s backup, and the organiser accepts their device', async () => {
    const organiser = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await organiser.tripList.loadSampleTrip();
    await organiser.trip.waitUntilLoaded();
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    await organiser.notes.writeAs('STEPI 연수단장');
    await organiser.sync.open();
    const backup = await organiser.sync.writeTripFile('backup');

    const member = await openApp(browser(), 'ja-JP', `${server.url}/`);
    await member.tripList.restoreFromBackup((await backup.path()) ?? '');
    await member.trip.waitUntilLoaded();
    await member.itinerary.open();
    await member.notes.openFromItinerary('福岡県庁');
    await member.notes.writeAs('강원도 과학기술전문위원');
    await member.notes.myAnswer(1).fill('ホテルで書いた答え (江原道)');
    await member.notes.waitUntilSaved();
    await member.sync.open();
    const fromMember = await member.sync.writeTripFile('export');
    await member.sync.tripFileStatus().waitFor();
    await capture(member, 'trip-file-exported', { fullPage: true });

    await organiser.sync.importTripFile((await fromMember.path()) ?? '');
    const waiting = organiser.page.locator('.trip-files__unknown');
    await waiting.getByText('강원도 과학기술전문위원 님의 기기').waitFor();
    await organiser.sync
      .tripFileStatus()
      .filter({ hasText: organiser.t('common', 'tripFiles.nothingNew') })
      .waitFor();
    await capture(organiser, 'trip-file-unknown-device', { fullPage: true });
    await waiting.getByRole('button', { name: organiser.t('common', 'tripFiles.unknownDevices.accept') }).click();
    await organiser.page.getByRole('status').filter({ hasText: '받아들였습니다' }).waitFor();
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    const answers = organiser.page.locator('.question-card').first().locator('.answer__text');
    await expect.poll(() => answers.allTextContents()).toContain('ホテルで書いた答え (江原道)');
  }, 180_000);

  it('exports for each member what changed since their last file, and everything to a member who had none', async () => {
    const organiser = await openApp(browser(), 'ko-KR', `${server.url}/`);
    await organiser.tripList.loadSampleTrip();
    await organiser.trip.waitUntilLoaded();
    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    await organiser.notes.writeAs('STEPI 연수단장');
    await organiser.notes.myAnswer(1).fill('첫 파일에 담을 답');
    await organiser.notes.waitUntilSaved();
    await organiser.sync.open();
    const hint = (key: string, name: string) =>
      organiser.page.getByText(organiser.t('common', key, { name, time: '' }).split('(')[0] ?? '');
    const gangwon = '강원도 과학기술전문위원';
    const gyeonggi = '경기도 과학기술전문위원 2';
    const first = contentsOf(await organiser.sync.writeTripFile('export', gangwon));
    await hint('tripFiles.sinceLastExport', gangwon).waitFor();

    await organiser.itinerary.open();
    await organiser.notes.openFromItinerary('후쿠오카현청');
    await organiser.notes.myAnswer(2).fill('다음 파일에 담을 답');
    await organiser.notes.waitUntilSaved();
    await organiser.sync.open();
    // The same member is offered again, and gets only what changed since.
    const second = contentsOf(await organiser.sync.writeTripFile('export'));
    await organiser.page.getByLabel(organiser.t('common', 'tripFiles.recipient')).selectOption({ label: gyeonggi });
    await hint('tripFiles.firstExport', gyeonggi).waitFor();
    const toAnother = contentsOf(await organiser.sync.writeTripFile('export', gyeonggi));

    const [firstChanges, secondChanges, anotherChanges] = await Promise.all([first, second, toAnother]);
    console.log(
      `Changes in the files: first for ${gangwon} ${firstChanges.length}, next for them ${secondChanges.length}, first for ${gyeonggi} ${anotherChanges.length}`,
    );
    // The answer written since, with the version its saving kept: nothing else.
    expect(new Set(secondChanges.map((change) => change.table))).toEqual(new Set(['checklistAnswers', 'noteVersions']));
    expect(secondChanges.length).toBeLessThan(firstChanges.length / 10);
    expect(anotherChanges.length).toBeGreaterThan(firstChanges.length);
  }, 120_000);
});

/** The changes a downloaded .fieldbook file holds, read from its pages. */
async function contentsOf(download: Download): Promise<{ table: string; recordId: string }[]> {
  const entries = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')));
  return Object.entries(entries)
    .filter(([name]) => name.startsWith('changes/'))
    .flatMap(
      ([, bytes]) => (JSON.parse(strFromU8(bytes)) as { changes: { table: string; recordId: string }[] }).changes,
    );
}
