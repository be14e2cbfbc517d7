import { readTripFile } from '@shared/exchange/readTripFile';
import { newId, type RecordId } from '@shared/model';
import { emptyPerson } from '@shared/people/directory';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { asMember, type Store } from '../database/store';
import { type ExportMark, lastExportTo, markExportedTo } from '../device/exportMarks';
import { addAttachment, getAttachmentFile } from '../records/attachments';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { addHostPerson, hashedCardPhoto } from '../records/hostPeople';
import { listItinerary } from '../records/itineraryItems';
import { listMembers, updateMember } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { syncTrip } from '../sync/syncTrip';
import { exportTrip } from './exportTrip';
import { importTripFile } from './importTrip';
import { acceptDevice, listUnknownDevices, NotAnOrganiserError, refuseDevice } from './unknownDevices';

/** A trip written to a .fieldbook file, kept in memory as the pieces it was written in. */
async function fileOf(store: Store, kind: 'changes' | 'backup' = 'changes'): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  await exportTrip(
    store,
    SAMPLE_TRIP_ID,
    async (chunk) => {
      pieces.push(chunk.slice());
    },
    { kind },
  );
  return pieces;
}

async function* read(pieces: readonly Uint8Array[]) {
  yield* pieces;
}

async function answer(store: Store, memberId: RecordId, text: string, questionIndex = 0) {
  const question = (await listQuestions(store.db, SAMPLE_TRIP_ID))[questionIndex];
  const [visit] = (await listItinerary(store.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
  if (!question || !visit) throw new Error('the sample trip has no visit or no question');
  return saveAnswer(
    store,
    { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId },
    text,
    'ko',
  );
}

/** Every synced table's rows, to compare two devices' copies of the trip. */
async function tablesOf(store: Store) {
  const names = ['trips', 'members', 'itineraryItems', 'checklistQuestions', 'checklistAnswers', 'minutes', 'qaNotes'];
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await store.db.table(name).orderBy('id').toArray()] as const)),
  );
}

// Whole sample trips signed, written and read between devices: some seconds each, more on a busy machine.
describe('the .fieldbook file between devices', { timeout: 30_000 }, () => {
  it('carries a member’s answer to the organiser with no server, as the member’s; taken twice, nothing new', async () => {
    const { organiser, member, memberId } = await organiserAndMember();
    const written = await answer(member, memberId, '지방 연구소의 역할 (버스 안에서)');
    const file = await fileOf(member);

    const first = await importTripFile(organiser, read(file), { into: SAMPLE_TRIP_ID });
    const arrived = await organiser.db.checklistAnswers.get(written.id);
    expect(arrived?.body.text).toBe('지방 연구소의 역할 (버스 안에서)');
    expect(arrived?.updatedBy.memberId).toBe(memberId);
    expect(first).toMatchObject({ notes: 1, members: 1, files: 0, unknown: 0 });
    expect(first.changes).toBeGreaterThan(0);

    const again = await importTripFile(organiser, read(file), { into: SAMPLE_TRIP_ID });
    expect(again).toMatchObject({ changes: 0, notes: 0, files: 0 });
  });

  it('carries the organiser’s answer back the other way', async () => {
    const { organiser, member } = await organiserAndMember();
    const lead = organiser.ctx.memberId as RecordId;
    const written = await answer(organiser, lead, '국비 매칭 (주최자)');
    await importTripFile(member, read(await fileOf(organiser)), { into: SAMPLE_TRIP_ID });
    expect((await member.db.checklistAnswers.get(written.id))?.body.text).toBe('국비 매칭 (주최자)');
  });

  it('restores the whole trip from a backup on a new device, photo included', async () => {
    const { organiser } = await organiserAndMember();
    const [visit] = (await listItinerary(organiser.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
    if (!visit) throw new Error('no visit');
    const bytes = new Uint8Array(200_000).map((_, index) => (index * 31) % 256);
    const photo = await addAttachment(organiser, {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      owner: { kind: 'visit', id: visit.id },
      fileName: '명함.jpg',
      mimeType: 'image/jpeg',
      file: new Blob([bytes], { type: 'image/jpeg' }),
      thumbnail: null,
    });
    const fresh = await openTestStore();
    const restored = await importTripFile(fresh, read(await fileOf(organiser, 'backup')));
    expect(restored).toMatchObject({ tripId: SAMPLE_TRIP_ID, files: 1, unknown: 0 });
    expect(await tablesOf(fresh)).toEqual(await tablesOf(organiser));
    const file = await getAttachmentFile(fresh.db, photo.id);
    expect(new Uint8Array((await file?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
    // The file's bytes waited on disk until the file was applied, and wait no longer.
    expect(await fresh.db.stagedFiles.count()).toBe(0);
  });

  it('carries a person a member read from a card, with the card’s photo and its bytes, to the organiser', async () => {
    const { organiser, member } = await organiserAndMember();
    const bytes = new Uint8Array(50_000).map((_, index) => (index * 7) % 256);
    const file = new Blob([bytes], { type: 'image/jpeg' });
    const card = await hashedCardPhoto({ fileName: 'card.jpg', mimeType: 'image/jpeg', file, thumbnail: null });
    const person = await addHostPerson(member, SAMPLE_TRIP_ID, { ...emptyPerson(), name: { ja: '山田 太郎' } }, card);

    const taken = await importTripFile(organiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(taken).toMatchObject({ files: 1, unknown: 0 });
    expect(await organiser.db.hostPeople.get(person.id)).toEqual(person);
    const id = person.cardAttachmentId ?? '';
    expect(await organiser.db.attachments.get(id)).toEqual(await member.db.attachments.get(id));
    const arrived = await getAttachmentFile(organiser.db, id);
    expect(new Uint8Array((await arrived?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
  });

  it('refuses another trip’s file, naming that trip, and writes nothing', async () => {
    const { organiser, member, memberId } = await organiserAndMember();
    await answer(member, memberId, '다른 연수로 가져가면 안 되는 답');
    const before = await tablesOf(organiser);
    const refusal = await importTripFile(organiser, read(await fileOf(member)), { into: newId() }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ problem: 'other_trip', trip: { id: SAMPLE_TRIP_ID } });
    expect(await tablesOf(organiser)).toEqual(before);
  });
});

/** A file of the trip's changes since an earlier one (none: all of them), with how many it holds and where it reached. */
async function exportedSince(store: Store, since: ExportMark | null) {
  const pieces: Uint8Array[] = [];
  const { ofChanges, reached } = await exportTrip(
    store,
    SAMPLE_TRIP_ID,
    async (chunk) => void pieces.push(chunk.slice()),
    {
      kind: 'changes',
      since,
    },
  );
  const { pages } = await readTripFile(read(pieces), async () => {});
  const records = new Set(
    pages.flatMap((page) => page.changes.map((change) => (change as { recordId: string }).recordId)),
  );
  return { pieces, changes: ofChanges, reached, records };
}

/** The organiser's device, which never synced the sample trip, and a member's that restored its backup. */
async function organiserAndRestoredMember() {
  const organiserDevice = await openTestStore();
  await loadSampleTrip(organiserDevice);
  const [lead, kim] = await listMembers(organiserDevice.db, SAMPLE_TRIP_ID);
  if (!lead || !kim) throw new Error('no members');
  const organiser = asMember(organiserDevice, lead.id);
  const member = asMember(await openTestStore(), kim.id);
  await importTripFile(member, read(await fileOf(organiser, 'backup')));
  return { organiser, member, kim };
}

describe('accepting a device the trip does not know', { timeout: 30_000 }, () => {
  it('is not a co-organiser’s: accepted from files, its device takes the organiser’s next file whole, yet vouches for no one', async () => {
    const organiserDevice = await openTestStore();
    await loadSampleTrip(organiserDevice);
    const [lead, kim, lee] = await listMembers(organiserDevice.db, SAMPLE_TRIP_ID);
    if (!lead || !kim || !lee) throw new Error('no members');
    const organiser = asMember(organiserDevice, lead.id);
    await updateMember(organiser, kim.id, { ...kim, role: 'organiser' });
    const coOrganiser = asMember(await openTestStore(), kim.id);
    await importTripFile(coOrganiser, read(await fileOf(organiser, 'backup')));
    // The co-organiser's device, accepted by the organiser from a file of its own.
    await answer(coOrganiser, kim.id, '공동 주최자의 답');
    await importTripFile(organiser, read(await fileOf(coOrganiser)), { into: SAMPLE_TRIP_ID });
    await acceptDevice(organiser, SAMPLE_TRIP_ID, coOrganiser.ctx.deviceId);
    await importTripFile(coOrganiser, read(await fileOf(organiser)), { into: SAMPLE_TRIP_ID });
    const member = asMember(await openTestStore(), lee.id);
    await importTripFile(member, read(await fileOf(organiser, 'backup')));
    await answer(member, lee.id, '버스 안에서 (이 위원)');
    const held = await importTripFile(coOrganiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(held.unknown).toBeGreaterThan(0);
    await expect(acceptDevice(coOrganiser, SAMPLE_TRIP_ID, member.ctx.deviceId)).rejects.toBeInstanceOf(
      NotAnOrganiserError,
    );
    expect(await listUnknownDevices(coOrganiser.db, SAMPLE_TRIP_ID)).toHaveLength(1);
    // The organiser who published the trip accepts the same device from the same file.
    const taken = await importTripFile(organiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(await acceptDevice(organiser, SAMPLE_TRIP_ID, member.ctx.deviceId)).toBe(taken.unknown);
  });
});

describe('an export after an earlier one', { timeout: 30_000 }, () => {
  it('holds only the records changed since, each whole, and brings them to a device that took the earlier one', async () => {
    const { organiser, member, memberId, server } = await organiserAndMember();
    const first = await exportedSince(member, null);
    const lead = organiser.ctx.memberId as RecordId;
    const theirs = await answer(organiser, lead, '주최자가 나중에 쓴 답');
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    const mine = await answer(member, memberId, '버스 안에서 나중에 쓴 답');

    const second = await exportedSince(member, first.reached);
    expect(second.reached.upTo).toBeGreaterThan(first.reached.upTo);
    expect(second.records.has(theirs.id) && second.records.has(mine.id)).toBe(true);
    expect(second.changes).toBeLessThan(first.changes / 10);
    const taken = await importTripFile(organiser, read(second.pieces), { into: SAMPLE_TRIP_ID });
    expect(taken.unknown).toBe(0);
    expect((await organiser.db.checklistAnswers.get(mine.id))?.body.text).toBe('버스 안에서 나중에 쓴 답');
  });
});

describe('devices that never reached a server', { timeout: 30_000 }, () => {
  it('the next file for a member holds only what this device wrote since the last one for them; one for another member, everything', async () => {
    const organiserDevice = await openTestStore();
    await loadSampleTrip(organiserDevice);
    const [lead, kim, lee] = await listMembers(organiserDevice.db, SAMPLE_TRIP_ID);
    if (!lead || !kim || !lee) throw new Error('no members');
    const organiser = asMember(organiserDevice, lead.id);
    await answer(organiser, lead.id, '첫 파일에 담을 답');
    const forKim = await exportedSince(organiser, null);
    await markExportedTo(organiser.db, SAMPLE_TRIP_ID, kim.id, { ...forKim.reached, at: new Date().toISOString() });

    const later = await answer(organiser, lead.id, '다음 파일에 담을 답', 1);
    const since = await lastExportTo(organiser.db, SAMPLE_TRIP_ID, kim.id);
    const nextForKim = await exportedSince(organiser, since);
    // The answer, and the version of it its saving kept.
    const versions = await organiser.db.noteVersions.where('recordId').equals(later.id).primaryKeys();
    expect(new Set(nextForKim.records)).toEqual(new Set([later.id, ...versions]));
    const firstForLee = await exportedSince(organiser, await lastExportTo(organiser.db, SAMPLE_TRIP_ID, lee.id));
    expect(firstForLee.changes).toBeGreaterThanOrEqual(forKim.changes);
    expect(firstForLee.records.has(later.id)).toBe(true);

    // Kim, who took both files, holds all the organiser wrote.
    const kimsDevice = asMember(await openTestStore(), kim.id);
    await importTripFile(kimsDevice, read(forKim.pieces));
    const taken = await importTripFile(kimsDevice, read(nextForKim.pieces), { into: SAMPLE_TRIP_ID });
    expect(taken.notes).toBe(1);
    expect((await kimsDevice.db.checklistAnswers.get(later.id))?.body.text).toBe('다음 파일에 담을 답');
  });

  it('a member’s device restored from the organiser’s backup is accepted once, then its files are taken in at once', async () => {
    const { organiser, member, kim } = await organiserAndRestoredMember();

    const first = await answer(member, kim.id, '버스 안에서 (김 위원)');
    const held = await importTripFile(organiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(held.unknown).toBeGreaterThan(0);
    expect(await organiser.db.checklistAnswers.get(first.id)).toBeUndefined();
    expect(await listUnknownDevices(organiser.db, SAMPLE_TRIP_ID)).toEqual([
      { deviceId: member.ctx.deviceId, memberId: kim.id, changes: held.unknown },
    ]);
    // A member's device vouches for no one.
    await expect(acceptDevice(member, SAMPLE_TRIP_ID, organiser.ctx.deviceId)).rejects.toBeInstanceOf(
      NotAnOrganiserError,
    );

    expect(await acceptDevice(organiser, SAMPLE_TRIP_ID, member.ctx.deviceId)).toBe(held.unknown);
    expect((await organiser.db.checklistAnswers.get(first.id))?.updatedBy.memberId).toBe(kim.id);
    expect(await listUnknownDevices(organiser.db, SAMPLE_TRIP_ID)).toEqual([]);

    // The organiser's next file carries the member's key as vouched for: the member's later files are taken in.
    await importTripFile(member, read(await fileOf(organiser)), { into: SAMPLE_TRIP_ID });
    const second = await answer(member, kim.id, '호텔에서 (김 위원)');
    const direct = await importTripFile(organiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(direct.unknown).toBe(0);
    expect((await organiser.db.checklistAnswers.get(second.id))?.body.text).toBe('호텔에서 (김 위원)');
  });

  it('a device refused leaves nothing of it applied or kept, and is no longer listed', async () => {
    const { organiser, member, kim } = await organiserAndRestoredMember();
    const written = await answer(member, kim.id, '받아들여지지 않을 답');
    await importTripFile(organiser, read(await fileOf(member)), { into: SAMPLE_TRIP_ID });
    expect(await organiser.db.bundles.filter((bundle) => bundle.deviceId === member.ctx.deviceId).count()).toBe(1);
    await refuseDevice(organiser, SAMPLE_TRIP_ID, member.ctx.deviceId);
    expect(await listUnknownDevices(organiser.db, SAMPLE_TRIP_ID)).toEqual([]);
    expect(await organiser.db.checklistAnswers.get(written.id)).toBeUndefined();
    expect(await organiser.db.bundles.filter((bundle) => bundle.deviceId === member.ctx.deviceId).count()).toBe(0);
  });

  it('a file from a stranger naming their own device the trip’s first is held, not applied, on the device that made the trip', async () => {
    const organiserDevice = await openTestStore();
    await loadSampleTrip(organiserDevice);
    const [lead] = await listMembers(organiserDevice.db, SAMPLE_TRIP_ID);
    if (!lead) throw new Error('no members');
    const organiser = asMember(organiserDevice, lead.id);
    // The stranger holds the trip from the organiser's backup, and writes as the organiser on a device of their own.
    const stranger = asMember(await openTestStore(), lead.id);
    await importTripFile(stranger, read(await fileOf(organiser, 'backup')));
    await stranger.db.settings.put({ key: `sync:${SAMPLE_TRIP_ID}:root`, value: stranger.ctx.deviceId });
    const forged = await answer(stranger, lead.id, '가짜 답');

    const taken = await importTripFile(organiser, read(await fileOf(stranger)), { into: SAMPLE_TRIP_ID });
    expect(taken.unknown).toBeGreaterThan(0);
    expect(await organiser.db.checklistAnswers.get(forged.id)).toBeUndefined();
    // Nothing of the stranger's device is trusted: not as the trip's first device, not its key, not its changes.
    expect(await organiser.db.settings.get(`sync:${SAMPLE_TRIP_ID}:root`)).toBeUndefined();
    expect(await organiser.db.tripKeys.get([SAMPLE_TRIP_ID, stranger.ctx.deviceId])).toBeUndefined();
    expect(await organiser.db.changeLog.filter((change) => change.deviceId === stranger.ctx.deviceId).count()).toBe(0);
    expect(await listUnknownDevices(organiser.db, SAMPLE_TRIP_ID)).toEqual([
      { deviceId: stranger.ctx.deviceId, memberId: lead.id, changes: taken.unknown },
    ]);
  });
});
