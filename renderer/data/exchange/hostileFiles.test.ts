import { isDeepStrictEqual } from 'node:util';
import { FileRefused } from '@shared/exchange/tripFile';
import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type GoodFile,
  goodFileRebuilt,
  HOSTILE_KINDS,
  type HostileFile,
  hostileTripFiles,
  strangersFiles,
} from '../../../test/fixtures/hostileTripFiles';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import type { Store } from '../database/store';
import { addAttachment } from '../records/attachments';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { exportTrip } from './exportTrip';
import { importTripFile } from './importTrip';
import { listUnknownDevices, refuseDevice } from './unknownDevices';

/** A file read as the app reads the one the user chose (renderer/services/tripFiles.ts), in 4 MiB chunks. */
async function* read(bytes: Uint8Array) {
  for (let at = 0; at < bytes.length; at += ATTACHMENT_CHUNK_BYTES)
    yield bytes.subarray(at, at + ATTACHMENT_CHUNK_BYTES);
}

type Tables = Record<string, unknown[]>;

/** Every row of every table on the device; a stored file as its size and type. */
async function everyTable(store: Store): Promise<Tables> {
  const rows = async (table: (typeof store.db.tables)[number]) =>
    (await table.toArray()).map((row: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          value instanceof Blob ? { size: value.size, type: value.type } : value,
        ]),
      ),
    );
  return Object.fromEntries(await Promise.all(store.db.tables.map(async (table) => [table.name, await rows(table)])));
}

function changedTables(before: Tables, after: Tables): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => !isDeepStrictEqual(before[name], after[name]));
}

/** The member's file: an answer written on the bus and a photo of a business card, with the trip's log. */
async function memberFile(): Promise<{ organiser: Store; good: GoodFile }> {
  const { organiser, member, memberId } = await organiserAndMember();
  const [question] = await listQuestions(member.db, SAMPLE_TRIP_ID);
  const [visit] = (await listItinerary(member.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
  if (!question || !visit) throw new Error('the sample trip has no visit or no question');
  await saveAnswer(
    member,
    { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId },
    '지방 연구소의 역할',
    'ko',
  );
  await addAttachment(member, {
    tripId: SAMPLE_TRIP_ID,
    visitId: visit.id,
    owner: { kind: 'visit', id: visit.id },
    fileName: '명함.jpg',
    mimeType: 'image/jpeg',
    file: new Blob([new Uint8Array(3000).map((_, index) => (index * 31) % 256)], { type: 'image/jpeg' }),
    thumbnail: null,
  });
  const pieces: Uint8Array[] = [];
  await exportTrip(
    member,
    SAMPLE_TRIP_ID,
    async (chunk) => {
      pieces.push(chunk.slice());
    },
    { kind: 'changes' },
  );
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return { organiser, good: { bytes, member } };
}

/**
 * What the import answered: the problem it refused the file for, or what it
 * took in; and a refusal whose detail is the reader's own crash, which the
 * log would show instead of what is wrong with the file.
 */
async function outcomeOf(organiser: Store, file: Pick<HostileFile, 'bytes' | 'into'>): Promise<string> {
  try {
    const imported = await importTripFile(organiser, read(file.bytes), { into: file.into ?? SAMPLE_TRIP_ID });
    return `taken in (${JSON.stringify(imported)})`;
  } catch (error) {
    if (!(error instanceof FileRefused)) return `thrown: ${String(error)}`;
    return /(Type|Range|Reference)Error/.test(error.detail) ? `${error.problem} (${error.detail})` : error.problem;
  }
}

describe('a malformed or hostile .fieldbook file', () => {
  let organiser: Store;
  let good: GoodFile;
  let files: HostileFile[];
  let before: Tables;

  beforeAll(async () => {
    ({ organiser, good } = await memberFile());
    const started = performance.now();
    files = await hostileTripFiles(good);
    const kinds = HOSTILE_KINDS.map((kind) => `${kind} ${files.filter((file) => file.kind === kind).length}`);
    console.log(
      `${files.length} hostile .fieldbook files, made in ${Math.round(performance.now() - started)} ms: ${kinds.join(', ')}`,
    );
    before = await everyTable(organiser);
  }, 60_000);

  it('comes in at least 200 kinds', () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
  });

  it.each(HOSTILE_KINDS)(
    'is refused for what is wrong with it, nothing written: %s',
    async (kind) => {
      const ofKind = files.filter((file) => file.kind === kind);
      expect(ofKind.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const file of ofKind) {
        const outcome = await outcomeOf(organiser, file);
        if (outcome !== file.problem) wrong.push(`${file.name}: ${outcome}, not ${file.problem}`);
        const after = await everyTable(organiser);
        const changed = changedTables(before, after);
        if (changed.length > 0) wrong.push(`${file.name}: changed ${changed.join(', ')}`);
        // The next file is judged by what it changes itself.
        before = after;
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );

  it('sets apart, unapplied, changes signed by a device the trip does not know', async () => {
    const { stranger, files: strangers, swappedKey } = await strangersFiles(good);
    // Held apart for an organiser to accept or refuse: the changes, their bundles and the key their device claims.
    const { settings: settingsBefore, tripKeys: _, heldChanges: __, bundles: ___, unknownKeys: ____, ...trip } = before;
    // The clock follows the stamps of every change taken in, the trip's own known ones too.
    const notClock = (rows: unknown[] = []) => rows.filter((row) => (row as { key: string }).key !== 'clock');
    for (const { name, bytes } of [{ name: 'the member’s key swapped', bytes: swappedKey }, ...strangers]) {
      const imported = await importTripFile(organiser, read(bytes), { into: SAMPLE_TRIP_ID });
      expect(imported, name).toMatchObject({ changes: 0, notes: 0, files: 0 });
      expect(imported.unknown, name).toBeGreaterThan(0);
      const {
        settings,
        tripKeys,
        heldChanges,
        bundles: _bundles,
        unknownKeys: _keys,
        ...after
      } = await everyTable(organiser);
      expect(changedTables(trip, after), name).toEqual([]);
      expect(heldChanges?.length, name).toBeGreaterThanOrEqual(imported.unknown);
      expect(notClock(settings), name).toEqual(notClock(settingsBefore));
      // The file's keys that chain down from the trip's first device are kept; the stranger's never.
      expect(
        tripKeys?.map((key) => (key as { deviceId: string }).deviceId),
        name,
      ).not.toContain(stranger);
    }
    // The member's real key is held now: the swapped one no longer passes for a stranger's. The strangers refused.
    for (const { deviceId } of await listUnknownDevices(organiser.db, SAMPLE_TRIP_ID))
      await refuseDevice(organiser, SAMPLE_TRIP_ID, deviceId);
    before = await everyTable(organiser);
    expect(await outcomeOf(organiser, { bytes: swappedKey })).toBe('bad_signature');
    expect(changedTables(before, await everyTable(organiser))).toEqual([]);
  });

  // Last: taking the good file in changes the organiser's device, as it should.
  it('takes in the good file, as written and rebuilt as the hostile ones are', async () => {
    const imported = await importTripFile(organiser, read(good.bytes), { into: SAMPLE_TRIP_ID });
    expect(imported).toMatchObject({ notes: 1, files: 1, unknown: 0 });
    for (const { name, bytes } of goodFileRebuilt(good)) {
      const again = await importTripFile(organiser, read(bytes), { into: SAMPLE_TRIP_ID });
      expect(again, name).toMatchObject({ changes: 0, unknown: 0 });
    }
  });
});
