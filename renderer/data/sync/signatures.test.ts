import { newId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import type { PulledChange, SyncServer, TripKeys } from '@shared/sync/client';
import { CROCKFORD } from '@shared/sync/fingerprint';
import { formatHlc } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import {
  type Bundle,
  certifyKey,
  invitationKey,
  type ListedKey,
  newInvitationSecret,
  newSigningKey,
  signBundle,
  signGrant,
} from '@shared/sync/signing';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { loadSampleTrip } from '../records/sampleTrip';
import { trustOf, unverifiedCount, verifiedChanges } from './signatures';
import { syncTrip } from './syncTrip';

const TRIP = newId();
const ORGANISER = newId();
const MEMBER = newId();

/** A trip's devices as its server lists them: the organiser's (the root) and a member's it invited. */
async function tripOfTwo() {
  const organiser = { ...(await newSigningKey()), deviceId: 'organiser-laptop', memberId: ORGANISER };
  const member = { ...(await newSigningKey()), deviceId: 'member-laptop', memberId: MEMBER };
  const invite = async (by: { privateKey: object; deviceId: string }, device: typeof member): Promise<ListedKey> => {
    const invitation = await invitationKey(newInvitationSecret(CROCKFORD));
    const grant = await signGrant(by.privateKey, TRIP, {
      memberId: device.memberId,
      invitationKey: invitation.publicKey,
      grantedBy: by.deviceId,
    });
    const { deviceId, memberId, publicKey } = device;
    const certificate = await certifyKey(invitation.privateKey, { tripId: TRIP, deviceId, memberId, publicKey });
    return { deviceId, memberId, publicKey, certificate, grant, revokedAfter: null };
  };
  const { deviceId, memberId, publicKey } = organiser;
  const listed: ListedKey[] = [
    { deviceId, memberId, publicKey, certificate: null, grant: null, revokedAfter: null },
    await invite(organiser, member),
  ];
  return { organiser, member, listed, invite };
}

let stamps = 0;
function answerChange(device: { deviceId: string; memberId: string }, text: string): Change {
  stamps += 1;
  return {
    id: newId(),
    table: 'checklistAnswers',
    recordId: newId(),
    tripId: TRIP,
    path: 'body/text',
    value: text,
    hlc: formatHlc({ millis: Date.parse('1996-10-24T02:00:00Z') + stamps, counter: 0, node: device.deviceId }),
    base: null,
    deviceId: device.deviceId,
    memberId: device.memberId,
  };
}

async function signed(device: { privateKey: object; deviceId: string }, changes: Change[]) {
  const id = newId();
  const named = changes.map((change) => ({ ...change, bundle: id }));
  const bundle = await signBundle(device.privateKey, { id, tripId: TRIP, deviceId: device.deviceId }, named);
  return { changes: named, bundle };
}

/** A server that lists `keys`, as the device reads them. */
const listing = (keys: () => TripKeys) => ({ listKeys: async () => keys() }) as unknown as SyncServer;

const page = (changes: readonly Change[], bundles: readonly Bundle[], from = 1) => ({
  changes: changes.map((change, index): PulledChange => ({ ...change, seq: from + index })),
  bundles,
});

const textsOf = (changes: readonly PulledChange[]) => changes.map((change) => change.value);

describe('what a device takes from a pull', () => {
  it('takes a change only as its device signed it: not altered, moved to another record or given another author', async () => {
    const { organiser, member, listed } = await tripOfTwo();
    const store = await openTestStore();
    const trust = await trustOf(
      store,
      listing(() => ({ root: organiser.deviceId, unsignedUntil: 0, keys: listed })),
      TRIP,
    );
    const { changes, bundle } = await signed(member, [
      answerChange(member, '현 예산의 1/4~1/5'),
      answerChange(member, '공업기술센터'),
      answerChange(member, '국비 매칭'),
      answerChange(member, '기술이전'),
    ]);
    const [intact, altered, moved, reassigned] = changes as [Change, Change, Change, Change];
    const served = [
      intact,
      { ...altered, value: '서버가 바꾼 답' },
      { ...moved, recordId: newId() },
      { ...reassigned, memberId: ORGANISER },
    ];
    expect(textsOf(await verifiedChanges(trust, page(served, [bundle])))).toEqual(['현 예산의 1/4~1/5']);
  });

  it('takes nothing from a device the organiser did not let in, however its server lists it', async () => {
    const { organiser, member, listed, invite } = await tripOfTwo();
    // The server adds a device of its own, granted by a key that is no trusted device's.
    const intruder = { ...(await newSigningKey()), deviceId: 'server-device', memberId: ORGANISER };
    const stranger = { ...(await newSigningKey()), deviceId: 'organiser-laptop' };
    const forged = await invite(stranger, intruder);
    const store = await openTestStore();
    const keys = [...listed, forged];
    const trust = await trustOf(
      store,
      listing(() => ({ root: organiser.deviceId, unsignedUntil: 0, keys })),
      TRIP,
    );
    const ours = await signed(member, [answerChange(member, '단원의 답')]);
    const theirs = await signed(intruder, [answerChange(intruder, '서버가 지어낸 답')]);
    const served = page([...ours.changes, ...theirs.changes], [ours.bundle, theirs.bundle]);
    expect(textsOf(await verifiedChanges(trust, served))).toEqual(['단원의 답']);
  });

  it('keeps to the first device it heard of as the trip’s root: a server naming another later is not believed', async () => {
    const { organiser, member, listed } = await tripOfTwo();
    const store = await openTestStore();
    let keys: TripKeys = { root: organiser.deviceId, unsignedUntil: 0, keys: listed };
    const server = listing(() => keys);
    await trustOf(store, server, TRIP);
    // Later the server says its own device was the root all along.
    const usurper = { ...(await newSigningKey()), deviceId: 'server-root', memberId: ORGANISER };
    keys = {
      root: usurper.deviceId,
      unsignedUntil: 0,
      keys: [{ ...usurper, certificate: null, grant: null, revokedAfter: null }],
    };
    const trust = await trustOf(store, server, TRIP);
    const forged = await signed(usurper, [answerChange(usurper, '가짜 주최자의 답')]);
    expect(await verifiedChanges(trust, page(forged.changes, [forged.bundle]))).toEqual([]);
    expect(trust.keys.has(member.deviceId)).toBe(false);
    expect(trust.keys.has(usurper.deviceId)).toBe(false);
  });

  it('takes a revoked device’s changes stored before its revocation, and none after; unsigned ones only from before signatures', async () => {
    const { organiser, member, listed } = await tripOfTwo();
    const revoked = listed.map((key) => (key.deviceId === member.deviceId ? { ...key, revokedAfter: 11 } : key));
    const store = await openTestStore();
    const trust = await trustOf(
      store,
      listing(() => ({ root: organiser.deviceId, unsignedUntil: 10, keys: revoked })),
      TRIP,
    );
    const before = await signed(member, [answerChange(member, '취소 전에 쓴 답')]);
    const after = await signed(member, [answerChange(member, '취소 뒤에 쓴 답')]);
    const legacy = [answerChange(member, '서명 이전의 답'), answerChange(member, '서명 없이 끼워 넣은 답')];
    expect(textsOf(await verifiedChanges(trust, page([legacy[0] as Change], [], 10)))).toEqual(['서명 이전의 답']);
    expect(textsOf(await verifiedChanges(trust, page(before.changes, [before.bundle], 11)))).toEqual([
      '취소 전에 쓴 답',
    ]);
    expect(await verifiedChanges(trust, page(after.changes, [after.bundle], 12))).toEqual([]);
    expect(await verifiedChanges(trust, page([legacy[1] as Change], [], 13))).toEqual([]);
  });
});

describe('syncing with a server that alters what it keeps', () => {
  it('leaves the altered change out on a new device, counts it, and takes the rest of the trip', async () => {
    const memory = serverInMemory(500);
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    await syncTrip(organiser, memory.server, SAMPLE_TRIP_ID);
    const index = memory.log.findIndex((change) => change.table === 'members' && change.path === 'name');
    const held = memory.log[index];
    if (!held) throw new Error('The roster did not reach the server');
    memory.log[index] = { ...held, value: '서버가 바꾼 이름' };

    const device = await openTestStore();
    const result = await syncTrip(device, memory.server, SAMPLE_TRIP_ID);
    expect(result.unverified).toBe(1);
    expect(await unverifiedCount(device.db, SAMPLE_TRIP_ID)).toBe(1);
    const names = (await device.db.members.toArray()).map((member) => member.name);
    expect(names).not.toContain('서버가 바꾼 이름');
    expect(await device.db.itineraryItems.count()).toBe(await organiser.db.itineraryItems.count());
    expect(await device.db.checklistAnswers.count()).toBe(await organiser.db.checklistAnswers.count());
  });
});
