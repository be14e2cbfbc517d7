import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type FileProblem, KEYS, MANIFEST, type Manifest, type Page, pageName } from '@shared/exchange/tripFile';
import { newId } from '@shared/model';
import { formatHlc } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import { newSigningKey, signBundle } from '@shared/sync/signing';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileFile, hostileTripFilesOfBytes } from '../fixtures/hostileTripFiles';
import type { App } from './pages/App';
import { browserPerFile, openApp } from './support/browser';
import { capture } from './support/screenshots';

/**
 * Malformed and hostile .fieldbook files through the UI in Chromium (issue
 * 19): a few of the fixture's cases, each of another kind, made from a
 * backup the app itself wrote, imported on a trip's Sync page or restored
 * from the trip list, in Korean and in Japanese. Each is refused in the
 * words the locale has for what is wrong with it, and no table of the
 * app's database is left changed.
 */
const browser = browserPerFile();
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'fieldbook-hostile-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const SAMPLE_TITLE = '일본 지자체 과학기술혁신체제 교육연수단';

type Tables = Record<string, string[]>;

/**
 * Every row of every table of the app's database, read straight from
 * IndexedDB in one transaction; a stored file as its size and type, as the
 * Node test of the same files compares them.
 */
function everyTable(app: App): Promise<Tables> {
  return app.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fieldbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const shown = (_: string, value: unknown) => {
      if (value instanceof Blob) return { size: value.size, type: value.type };
      if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
      if (ArrayBuffer.isView(value))
        return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      return value;
    };
    const names = Array.from(db.objectStoreNames);
    const reading = db.transaction(names);
    const tables = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, string[]]>((resolve, reject) => {
            const request = reading.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result.map((row) => JSON.stringify(row, shown))]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(tables);
  });
}

function changedTables(before: Tables, after: Tables): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => !isDeepStrictEqual(before[name], after[name]));
}

/**
 * What the files' work said last, on the Sync page or the trip list: its
 * status, or its refusal with any other alert on the screen, since a file
 * taken in that should not have been may make the app say more.
 */
async function tripFileOutcome(app: App): Promise<string> {
  const said = app.page.locator('.trip-files__status').or(app.page.getByRole('alert'));
  return (await said.allInnerTexts()).join(' ');
}

/** A hostile file as the user receives it, and the problem it must be refused for. */
interface Attempt {
  name: string;
  bytes: Uint8Array;
  problem: FileProblem;
  /** The trip named in the refusal of another trip's file. */
  title?: string;
}

let received = 0;

/**
 * Saves the file where the user keeps what they receive, takes it in
 * `through` the screen, waits until the screen says it was refused for its
 * problem, and answers the tables it left changed.
 */
async function refused(app: App, attempt: Attempt, through: (file: string) => Promise<void>): Promise<string[]> {
  received += 1;
  const file = path.join(folder, `${received}.fieldbook`);
  await writeFile(file, attempt.bytes);
  const before = await everyTable(app);
  await through(file);
  const message = app.t('common', `tripFiles.problems.${attempt.problem}`, { title: attempt.title ?? '' });
  await expect.poll(() => tripFileOutcome(app), { message: attempt.name }).toBe(message);
  return changedTables(before, await everyTable(app));
}

function caseNamed(files: readonly HostileFile[], name: string): Attempt {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`The fixture made no case “${name}” of the app’s backup`);
  return file;
}

interface Unzipped {
  manifest: Manifest;
  entries: Record<string, Uint8Array>;
  pages: [name: string, page: Page][];
}

function unzipped(bytes: Uint8Array): Unzipped {
  const entries = unzipSync(bytes);
  const parsed = (name: string): unknown => JSON.parse(strFromU8(entries[name] ?? new Uint8Array(0)));
  const names = Object.keys(entries).filter((name) => name.startsWith('changes/'));
  return {
    manifest: parsed(MANIFEST) as Manifest,
    entries,
    pages: names.map((name) => [name, parsed(name) as Page]),
  };
}

const json = (value: unknown) => strToU8(JSON.stringify(value));

function titleChange(pages: Unzipped['pages']): Change {
  for (const [, page] of pages)
    for (const change of page.changes as Change[])
      if (change.table === 'trips' && change.path === 'title/ko') return change;
  throw new Error('The backup holds no change of the trip’s Korean title');
}

/** The backup with the trip's Korean title rewritten in it after its writer signed it, the rest as it was. */
function retitled(backup: Uint8Array, title: string): Uint8Array {
  const { entries, pages } = unzipped(backup);
  const signed = titleChange(pages);
  const rewritten = { ...entries };
  for (const [name, page] of pages)
    if ((page.changes as Change[]).includes(signed))
      rewritten[name] = json({
        ...page,
        changes: (page.changes as Change[]).map((change) => (change === signed ? { ...change, value: title } : change)),
      });
  return zipSync(rewritten);
}

/**
 * A stranger's file for the trip: one change renaming it, signed with the
 * stranger's own key and carrying the organiser's member id, its keys
 * naming the stranger's device the trip's first. All a stranger needs is
 * the trip's id, which every file of the trip holds.
 */
async function strangersRetitling(backup: Uint8Array, title: string): Promise<Uint8Array> {
  const { manifest, pages } = unzipped(backup);
  const memberId = manifest.from.memberId;
  const stranger = await newSigningKey();
  const deviceId = `stranger-${newId()}`;
  const bundleId = newId();
  const change: Change = {
    ...titleChange(pages),
    id: newId(),
    value: title,
    hlc: formatHlc({ millis: Date.now(), counter: 0, node: deviceId }),
    base: null,
    deviceId,
    memberId,
    bundle: bundleId,
  };
  const bundle = await signBundle(stranger.privateKey, { id: bundleId, tripId: manifest.trip.id, deviceId }, [change]);
  return zipSync({
    [MANIFEST]: json({ ...manifest, kind: 'changes', from: { deviceId, memberId }, pages: 1, changes: 1, files: [] }),
    [KEYS]: json({
      root: deviceId,
      keys: [{ deviceId, memberId, publicKey: stranger.publicKey, certificate: null, grant: null }],
    }),
    [pageName(0)]: json({ changes: [change], bundles: [bundle] }),
  });
}

/** The organiser of the sample trip, with an answer and a photo of their own, and the backup they wrote of it. */
async function organiserWithBackup(): Promise<{ organiser: App; backup: Uint8Array }> {
  const organiser = await openApp(browser(), 'ko-KR');
  await organiser.tripList.loadSampleTrip();
  await organiser.trip.waitUntilLoaded();
  await organiser.itinerary.open();
  await organiser.notes.openFromItinerary('후쿠오카현청');
  await organiser.notes.writeAs('STEPI 연수단장');
  await organiser.notes.myAnswer(1).fill('현청의 과학기술 담당 부서 (단장)');
  await organiser.notes.waitUntilSaved();
  await organiser.notes.show('files');
  const photo = await readFile(path.resolve(import.meta.dirname, '../../assets/icon.png'));
  await organiser.notes.attach([{ name: '명함.png', mimeType: 'image/png', buffer: photo }]);
  await organiser.sync.open();
  const download = await organiser.sync.writeTripFile('backup');
  // Once the screen says it is saved, the backup's date is written too: nothing else is under way.
  await organiser.sync
    .tripFileStatus()
    .filter({ hasText: organiser.t('common', 'tripFiles.saved', { file: download.suggestedFilename() }) })
    .waitFor();
  return { organiser, backup: new Uint8Array(await readFile((await download.path()) ?? '')) };
}

describe('a malformed or hostile .fieldbook file, through the UI', () => {
  it('is refused with what is wrong with it, in Korean and Japanese, and no table changes', async () => {
    const { organiser, backup } = await organiserWithBackup();
    const cases = hostileTripFilesOfBytes(backup);
    const intoTrip = (file: string) => organiser.sync.importTripFile(file);
    const wrong: string[] = [];
    const judged = (attempt: Attempt, changed: string[]) => {
      if (changed.length > 0) wrong.push(`${attempt.name}: changed ${changed.join(', ')}`);
    };

    for (const attempt of [
      caseNamed(cases, 'a text file'),
      caseNamed(cases, 'an entry "../../../../etc/passwd"'),
      caseNamed(cases, 'page 1 inflating to 2 GiB'),
      caseNamed(cases, 'the photo with one byte changed'),
      {
        name: 'the trip’s title rewritten after it was signed',
        bytes: retitled(backup, '가짜 연수'),
        problem: 'bad_signature' as const,
      },
    ])
      judged(attempt, await refused(organiser, attempt, intoTrip));

    // A backup cut short while it was copied, restored from the trip list.
    await organiser.page
      .getByRole('link', { name: organiser.t('common', 'nav.trips') })
      .first()
      .click();
    await organiser.tripList.heading().waitFor();
    const cut = caseNamed(cases, 'cut halfway through changes/000002.json');
    judged(cut, await refused(organiser, cut, (file) => organiser.tripList.restoreFromBackup(file)));

    // The organiser of another trip, in Japanese: a backup from a newer app, then the sample trip's backup.
    const otherOrganiser = await openApp(browser(), 'ja-JP');
    const newer = caseNamed(cases, 'version 2');
    judged(newer, await refused(otherOrganiser, newer, (file) => otherOrganiser.tripList.restoreFromBackup(file)));
    await otherOrganiser.tripList.startNewTrip('JP', 'KR');
    await otherOrganiser.tripForm.fill({ titleJa: '江原道視察', startDate: '2026-05-11', endDate: '2026-05-13' });
    await otherOrganiser.tripForm.create();
    await otherOrganiser.trip.waitUntilLoaded();
    await otherOrganiser.sync.open();
    const otherTrip: Attempt = {
      name: 'the sample trip’s backup',
      bytes: backup,
      problem: 'other_trip',
      title: SAMPLE_TITLE,
    };
    judged(otherTrip, await refused(otherOrganiser, otherTrip, (file) => otherOrganiser.sync.importTripFile(file)));
    await capture(otherOrganiser, 'trip-file-refused', { fullPage: true });

    expect(wrong).toEqual([]);
  }, 120_000);

  it('from a stranger who names their own device the trip’s first, on a trip never published: set apart, applied nowhere, refused by the organiser', async () => {
    const { organiser, backup } = await organiserWithBackup();
    const file = path.join(folder, 'stranger.fieldbook');
    await writeFile(file, await strangersRetitling(backup, '가짜 연수'));
    const before = await everyTable(organiser);
    await organiser.sync.importTripFile(file);
    const setApart = `${organiser.t('common', 'tripFiles.nothingNew')} ${organiser.t('common', 'tripFiles.unknown', { count: 1 })}`;
    await expect.poll(() => tripFileOutcome(organiser)).toBe(setApart);
    // Held with the bundle that signs it for an organiser to decide on: no title, no first device, no key taken from it.
    expect(changedTables(before, await everyTable(organiser))).toEqual(['bundles', 'heldChanges', 'unknownKeys']);
    const waiting = organiser.page.locator('.trip-files__unknown');
    await waiting.getByRole('button', { name: organiser.t('common', 'tripFiles.unknownDevices.refuse') }).click();
    await waiting.waitFor({ state: 'detached' });
    expect(changedTables(before, await everyTable(organiser))).toEqual([]);
  });
});
