import { CROCKFORD } from '@shared/sync/fingerprint';
import { createHlcClock } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import {
  type Bundle,
  certifyKey,
  digestsOf,
  importPublicKey,
  invitationKey,
  isSignedBy,
  type ListedKey,
  newInvitationSecret,
  newSigningKey,
  type SigningKey,
  signBundle,
  trustedKeys,
  verifyBundle,
} from '@shared/sync/signing';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { addDevice } from './store/devices';
import { describeEachBackend } from './test/backends';
import {
  type Answer,
  call,
  changesOf,
  invitationFor,
  joinAs,
  publishTrip,
  pullAll,
  push,
  pushSigned,
  serverForSuite,
  type TestDevice,
  type TestServer,
  withoutBundle,
} from './test/harness';

/**
 * What a delegation relies on when it trusts the trip's record: the server
 * stores only changes their own device signed, as they were signed, under the
 * member that device belongs to, and lists the keys every device checks them by
 * (docs/sync-protocol.md, section 9).
 */

/** A Q&A note a member writes: two leaves, one stamp. */
const noteOf = (device: TestDevice, text = '예산은 얼마입니까?') =>
  changesOf(device, 'qaNotes', v7(), { 'question/text': text, 'question/lang': 'ko' });

/** Signs `changes` as they are, in one bundle of `signer`'s, with `key` (its own unless given): a push as crafted. */
async function signed(
  signer: Pick<TestDevice, 'tripId' | 'deviceId'>,
  key: SigningKey,
  changes: readonly Change[],
): Promise<{ changes: Change[]; bundle: Bundle }> {
  const id = v7();
  const named = changes.map((change) => ({ ...change, bundle: id }));
  const bundle = await signBundle(key, { id, tripId: signer.tripId, deviceId: signer.deviceId }, named);
  return { changes: named, bundle };
}

async function pullPage(server: TestServer, device: TestDevice): Promise<{ changes: Change[]; bundles: Bundle[] }> {
  const page = await call(server.url, 'GET', `/trips/${device.tripId}/changes?after=0&limit=1000`, {
    token: device.token,
  });
  expect(page.status).toBe(200);
  expect(page.body.more).toBe(false);
  return page.body;
}

async function keysOf(server: TestServer, device: TestDevice) {
  const listed = await call(server.url, 'GET', `/trips/${device.tripId}/keys`, { token: device.token });
  expect(listed.status).toBe(200);
  return listed.body as { root: string | null; unsignedUntil: number; keys: ListedKey[] };
}

const refusal = (answer: Answer) => ({ status: answer.status, ...answer.body, message: undefined });

/** A device joined with an invitation, its key not registered yet: the invitation's key kept to certify one. */
async function joinWithoutKey(server: TestServer, organiser: TestDevice, memberId: string) {
  const { body, invitation } = await invitationFor(organiser, memberId);
  const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
    token: organiser.token,
    body,
  });
  expect(invited.status).toBe(201);
  const joined = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName: '태블릿' } });
  expect(joined.status).toBe(201);
  return {
    joined: joined.body as { token: string; deviceId: string; tripId: string; memberId: string },
    invitation,
  };
}

function registerKey(
  server: TestServer,
  device: { token: string; tripId: string; deviceId: string },
  publicKey: string,
  certificate: string | null,
  deviceId = device.deviceId,
): Promise<Answer> {
  return call(server.url, 'PUT', `/trips/${device.tripId}/keys/self`, {
    token: device.token,
    body: { deviceId, publicKey, certificate },
  });
}

describeEachBackend('signed changes, as the server checks them', (backend) => {
  const server = serverForSuite(backend);

  it('refuses a push whose change was altered after signing (value, leaf, or replayed under another record), storing none of it', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const phone = await joinAs(server, organiser, members[0]?.id ?? '');
    const before = await pullAll(server, organiser);
    const alterations: [string, (change: Change) => Change][] = [
      ['value', (change) => ({ ...change, value: '예산은 없습니다' })],
      ['path', (change) => ({ ...change, path: 'answer/text' })],
      ['recordId', (change) => ({ ...change, recordId: v7() })],
    ];
    for (const [what, alter] of alterations) {
      const { changes, bundle } = await signed(phone, phone.signingKey.privateKey, [
        ...noteOf(phone),
        ...noteOf(phone, '인원은 몇 명입니까?'),
      ]);
      const altered = changes.map((change, index) => (index === 2 ? alter(change) : change));
      const answer = await pushSigned(server, phone, altered, [bundle]);
      expect(refusal(answer), what).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 2,
        reason: 'not_signed',
      });
      // The same push unaltered goes in: it was the alteration that was refused.
      expect((await pushSigned(server, phone, changes, [bundle])).body.accepted, what).toBe(4);
    }
    // Nothing of a refused push is in the log: only the three unaltered pushes are.
    const after = await pullAll(server, organiser);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + 12);
    expect(after.some((change) => change.value === '예산은 없습니다' || change.path === 'answer/text')).toBe(false);
  });

  it('refuses a change a device signed but names another member as its author, or another device as its writer', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const phone = await joinAs(server, organiser, members[0]?.id ?? '');
    const before = await pullAll(server, organiser);

    // Swapped author: signed as it is, naming the organiser (or another member) rather than the device's own member.
    for (const author of [organiser.memberId, members[1]?.id ?? '']) {
      const { changes, bundle } = await signed(
        phone,
        phone.signingKey.privateKey,
        noteOf({ ...phone, memberId: author }),
      );
      expect(refusal(await pushSigned(server, phone, changes, [bundle]))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 0,
        reason: 'wrong_member',
      });
    }
    // Swapped author after signing: the signature covers the author.
    const own = await signed(phone, phone.signingKey.privateKey, noteOf(phone));
    const reattributed = own.changes.map((change) => ({ ...change, memberId: organiser.memberId }));
    expect(refusal(await pushSigned(server, phone, reattributed, [own.bundle]))).toMatchObject({
      status: 400,
      reason: 'not_signed',
      index: 0,
    });

    // A change naming the organiser's device, in a bundle the member's device signed.
    const posing = await signed(phone, phone.signingKey.privateKey, [
      ...noteOf(phone),
      ...noteOf({ ...phone, deviceId: organiser.deviceId }),
    ]);
    expect(refusal(await pushSigned(server, phone, posing.changes, [posing.bundle]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 2,
      reason: 'not_signed',
    });
    // Nor can a device's own change be moved to another device after signing.
    const moved = own.changes.map((change) => ({ ...change, deviceId: organiser.deviceId }));
    expect(refusal(await pushSigned(server, phone, moved, [own.bundle]))).toMatchObject({
      status: 400,
      reason: 'not_signed',
    });
    expect(await pullAll(server, organiser)).toEqual(before);
  });

  it('refuses a bundle not signed by its device’s registered key, and every push of a device that registered none', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const phone = await joinAs(server, organiser, members[0]?.id ?? '');
    const before = await pullAll(server, organiser);

    // Signed with a key the device never registered.
    const stranger = await newSigningKey();
    const forged = await signed(phone, stranger.privateKey, noteOf(phone));
    expect(refusal(await pushSigned(server, phone, forged.changes, [forged.bundle]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 0,
      reason: 'bad_signature',
    });
    // The member's device signing with its own key a bundle it says is the organiser's device's.
    const organiserChanges = noteOf({ ...phone, deviceId: organiser.deviceId, memberId: organiser.memberId });
    const impersonated = await signed(organiser, phone.signingKey.privateKey, organiserChanges);
    expect(refusal(await pushSigned(server, phone, impersonated.changes, [impersonated.bundle]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      reason: 'bad_signature',
    });

    // A joined device that never registered a key: its signature names a signer the server does not know.
    const { joined } = await joinWithoutKey(server, organiser, members[1]?.id ?? '');
    const keyless: TestDevice = {
      ...joined,
      clock: createHlcClock(joined.deviceId),
      signingKey: await newSigningKey(),
    };
    expect(refusal(await push(server, keyless, noteOf(keyless)))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 0,
      reason: 'unknown_signer',
    });
    // Unsigned altogether, from either device.
    for (const device of [keyless, phone]) {
      expect(refusal(await pushSigned(server, device, noteOf(device), []))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 0,
        reason: 'unsigned',
      });
    }
    expect(await pullAll(server, organiser)).toEqual(before);
  });

  it('takes a change relayed by another member’s device with its stored bundle, and gives it out with its writer’s signature; a relayed change altered is refused', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const kim = await joinAs(server, organiser, members[0]?.id ?? '');
    const lee = await joinAs(server, organiser, members[1]?.id ?? '');
    // Kim's device signs two notes in one bundle and sends the first; the second reaches the server by Lee's device.
    const first = noteOf(kim);
    const second = noteOf(kim, '다음 방문은 언제입니까?');
    const { changes, bundle } = await signed(kim, kim.signingKey.privateKey, [...first, ...second]);
    expect((await pushSigned(server, kim, changes.slice(0, 2), [bundle])).body).toMatchObject({
      accepted: 2,
      refused: [],
    });

    const relayed = changes.slice(2);
    const altered = relayed.map((change, index) => (index === 1 ? { ...change, value: 'ja' } : change));
    expect(refusal(await pushSigned(server, lee, altered, []))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 1,
      reason: 'not_signed',
    });
    // Under another record, or as Lee's own.
    const replayed = relayed.map((change) => ({ ...change, recordId: v7() }));
    expect(refusal(await pushSigned(server, lee, replayed, []))).toMatchObject({ status: 400, reason: 'not_signed' });
    const claimed = relayed.map((change) => ({ ...change, memberId: lee.memberId }));
    expect(refusal(await pushSigned(server, lee, claimed, []))).toMatchObject({ status: 400, reason: 'not_signed' });

    expect((await pushSigned(server, lee, relayed, [])).body).toMatchObject({ accepted: 2, refused: [] });
    // Relayed again, or Kim's own change relayed back: nothing stored twice.
    expect((await pushSigned(server, lee, changes, [])).body).toMatchObject({ accepted: 0, refused: [] });

    const page = await pullPage(server, organiser);
    const kept = page.changes.filter((change) => change.bundle === bundle.id);
    expect(kept.map(({ seq: _, ...change }: Change & { seq?: number }) => change)).toEqual(changes);
    expect(kept.every((change) => change.deviceId === kim.deviceId && change.memberId === kim.memberId)).toBe(true);
    expect(page.bundles.filter((held) => held.id === bundle.id)).toEqual([bundle]);
    const key = await importPublicKey(kim.signingKey.publicKey);
    expect(await verifyBundle(key, bundle)).toBe(true);
    expect(kept.every((change) => isSignedBy(withoutBundle(change), digestsOf(bundle), bundle))).toBe(true);
  });

  it('refuses what a revoked device signs and the log does not hold yet, by its own token or relayed, and keeps its earlier changes verifiable', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const kimId = members[0]?.id ?? '';
    const lost = await joinAs(server, organiser, kimId, '잃어버린 휴대폰');
    const laptop = await joinAs(server, organiser, kimId, '노트북');
    const lee = await joinAs(server, organiser, members[1]?.id ?? '');

    // Before the phone is lost: a note pushed, and one signed with it in the same bundle that only a file carried.
    const pushedNote = noteOf(lost);
    const carriedNote = noteOf(lost, '통역은 누가 합니까?');
    const before = await signed(lost, lost.signingKey.privateKey, [...pushedNote, ...carriedNote]);
    expect((await pushSigned(server, lost, before.changes.slice(0, 2), [before.bundle])).body.accepted).toBe(2);
    expect((await push(server, laptop, noteOf(laptop))).body.accepted).toBe(2);
    const logBefore = await pullAll(server, organiser);

    const revoked = await call(server.url, 'DELETE', `/trips/${organiser.tripId}/devices/${lost.deviceId}`, {
      token: organiser.token,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.device.revokedAt).not.toBeNull();

    // Whoever holds the phone now: its token no longer opens the trip.
    expect(refusal(await push(server, lost, noteOf(lost, '탈취')))).toMatchObject({ status: 401, error: 'revoked' });
    // Signed after the revocation and relayed by another device of the trip, with its bundle or naming one.
    const after = await signed(lost, lost.signingKey.privateKey, noteOf(lost, '탈취한 메모'));
    for (const relay of [laptop, lee]) {
      expect(refusal(await pushSigned(server, relay, after.changes, [after.bundle]))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 0,
        reason: 'revoked_signer',
      });
      expect(refusal(await pushSigned(server, relay, after.changes, []))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 0,
        reason: 'unsigned',
      });
    }
    // A bundle it signed before but the server never saw counts as signed after: the server cannot tell when.
    const unseen = await signed(lost, lost.signingKey.privateKey, noteOf(lost, '여행 전에 쓴 메모'));
    expect(refusal(await pushSigned(server, laptop, unseen.changes, [unseen.bundle]))).toMatchObject({
      status: 400,
      reason: 'revoked_signer',
    });
    expect(await pullAll(server, organiser)).toEqual(logBefore);

    // What the log holds of it already may be sent again (a repeat stores nothing); what it does not hold is refused,
    // even signed before in a bundle the server stored: the log would put it after the revocation, where every device
    // leaves it out (renderer/data/sync/signatures.ts), so it would reach nobody.
    expect((await pushSigned(server, laptop, before.changes.slice(0, 2), [])).body).toMatchObject({
      accepted: 0,
      refused: [],
    });
    expect(refusal(await pushSigned(server, lee, before.changes.slice(2), []))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 0,
      reason: 'revoked_signer',
    });
    expect(await pullAll(server, organiser)).toEqual(logBefore);

    const { keys } = await keysOf(server, organiser);
    const listed = keys.find((key) => key.deviceId === lost.deviceId);
    const lastBefore = Math.max(...logBefore.map((change) => change.seq));
    expect(listed?.revokedAfter).toBe(lastBefore);
    expect(keys.filter((key) => key.revokedAfter !== null).map((key) => key.deviceId)).toEqual([lost.deviceId]);

    // Its changes stored before still come with their bundle, which verifies with its listed key.
    const page = await pullPage(server, organiser);
    const its = page.changes.filter(
      (change) => change.deviceId === lost.deviceId && (change as Change & { seq: number }).seq <= lastBefore,
    );
    expect(its.map((change) => change.id)).toEqual(pushedNote.map((change) => change.id));
    const key = await importPublicKey(listed?.publicKey ?? '');
    for (const change of its) {
      const bundle = page.bundles.find((held) => held.id === change.bundle);
      if (!bundle) throw new Error(`No bundle for ${change.id}`);
      expect(await verifyBundle(key, bundle)).toBe(true);
      expect(isSignedBy(withoutBundle(change), digestsOf(bundle), bundle)).toBe(true);
    }
  });

  it('lets only the publishing organiser’s device register the trip’s first key, and after it only keys an invitation certified, once per device', async () => {
    // A trip whose devices joined before signatures (protocol 5): nobody has registered a key yet.
    const tripId = v7();
    const published = await call(server.url, 'POST', '/trips', {
      body: { setupCode: await server.setupCode(), tripId, memberId: v7(), deviceName: '주최자 노트북' },
    });
    expect(published.status).toBe(201);
    const organiserJoined = published.body as { token: string; deviceId: string; tripId: string; memberId: string };
    const earlierMemberId = v7();
    const earlier = await addDevice(server.storage, {
      tripId,
      memberId: earlierMemberId,
      name: '예전 휴대폰',
      organiser: false,
      at: new Date(),
    });
    const earlierDevice = { token: earlier.token, deviceId: earlier.id, tripId };
    const earlierKey = await newSigningKey();
    expect(refusal(await registerKey(server, earlierDevice, earlierKey.publicKey, null))).toMatchObject({
      status: 403,
      error: 'not_certified',
    });
    // Nor the organiser's own device with a certificate: the root vouches for itself alone.
    const organiserKey = await newSigningKey();
    const selfCertified = await certifyKey(organiserKey.privateKey, {
      tripId,
      deviceId: organiserJoined.deviceId,
      memberId: organiserJoined.memberId,
      publicKey: organiserKey.publicKey,
    });
    expect(refusal(await registerKey(server, organiserJoined, organiserKey.publicKey, selfCertified))).toMatchObject({
      status: 403,
      error: 'not_certified',
    });
    expect((await keysOf(server, { ...organiserJoined } as TestDevice)).root).toBeNull();

    const organiserRegistered = await registerKey(server, organiserJoined, organiserKey.publicKey, null);
    expect(organiserRegistered.status).toBe(200);
    expect(organiserRegistered.body).toEqual({ registered: true, memberId: organiserJoined.memberId });
    const organiser: TestDevice = {
      ...organiserJoined,
      clock: createHlcClock(organiserJoined.deviceId),
      signingKey: organiserKey,
    };
    // The earlier member device, now that a root exists, still has no invitation to be certified by.
    expect(refusal(await registerKey(server, earlierDevice, earlierKey.publicKey, null))).toMatchObject({
      status: 403,
      error: 'not_certified',
    });

    const memberIds = [v7(), v7()];
    const roster = memberIds.flatMap((id, index) =>
      changesOf(organiser, 'members', id, {
        name: `회원 ${index}`,
        nameForHosts: '',
        'affiliation/ko': '',
        role: 'member',
        deletedAt: null,
      }),
    );
    expect((await push(server, organiser, roster)).body.refused).toEqual([]);

    // A joining device's key, certified with a secret other than its invitation's: refused, with no certificate too.
    const { joined, invitation } = await joinWithoutKey(server, organiser, memberIds[0] ?? '');
    const memberKey = await newSigningKey();
    const owner = { tripId, deviceId: joined.deviceId, memberId: joined.memberId, publicKey: memberKey.publicKey };
    const otherInvitation = await invitationKey(newInvitationSecret(CROCKFORD));
    for (const certificate of [await certifyKey(otherInvitation.privateKey, owner), null]) {
      expect(refusal(await registerKey(server, joined, memberKey.publicKey, certificate))).toMatchObject({
        status: 403,
        error: 'not_certified',
      });
    }
    // Certified by its invitation for another member than its own, or for another key.
    const forOther = await certifyKey(invitation.privateKey, { ...owner, memberId: memberIds[1] ?? '' });
    expect((await registerKey(server, joined, memberKey.publicKey, forOther)).body.error).toBe('not_certified');
    // Certified by its invitation, but under the organiser's device's id: that id is taken.
    const posing = await certifyKey(invitation.privateKey, { ...owner, deviceId: organiser.deviceId });
    expect(refusal(await registerKey(server, joined, memberKey.publicKey, posing, organiser.deviceId))).toMatchObject({
      status: 409,
      error: 'key_exists',
    });

    const certificate = await certifyKey(invitation.privateKey, owner);
    expect((await registerKey(server, joined, memberKey.publicKey, certificate)).status).toBe(200);
    // The same key again (a device that did not hear the answer) is fine; another is not, with a valid certificate too.
    expect((await registerKey(server, joined, memberKey.publicKey, certificate)).status).toBe(200);
    const secondKey = await newSigningKey();
    const secondCertificate = await certifyKey(invitation.privateKey, { ...owner, publicKey: secondKey.publicKey });
    expect(refusal(await registerKey(server, joined, secondKey.publicKey, secondCertificate))).toMatchObject({
      status: 409,
      error: 'key_exists',
    });
    const organiserSecond = await newSigningKey();
    expect(refusal(await registerKey(server, organiser, organiserSecond.publicKey, null))).toMatchObject({
      status: 409,
      error: 'key_exists',
    });
    expect((await registerKey(server, organiser, organiserKey.publicKey, null)).status).toBe(200);
    const other = await joinAs(server, organiser, memberIds[1] ?? '');

    // What every device checks the trip's changes by: exactly the registered devices, each with its member and key.
    const listing = await keysOf(server, organiser);
    expect(listing.root).toBe(organiser.deviceId);
    expect(listing.keys.map((key) => key.deviceId).sort()).toEqual(
      [organiser.deviceId, joined.deviceId, other.deviceId].sort(),
    );
    const trusted = await trustedKeys(tripId, listing.root ?? '', listing.keys);
    expect([...trusted.keys()].sort()).toEqual([organiser.deviceId, joined.deviceId, other.deviceId].sort());
    expect(trusted.get(joined.deviceId)?.memberId).toBe(memberIds[0]);
    expect(trusted.get(other.deviceId)?.memberId).toBe(memberIds[1]);
    expect(listing.keys.find((key) => key.deviceId === joined.deviceId)?.publicKey).toBe(memberKey.publicKey);

    // The registered member's device signs and is taken; the refused one's pushes are not.
    const member: TestDevice = { ...joined, clock: createHlcClock(joined.deviceId), signingKey: memberKey };
    expect((await push(server, member, noteOf(member))).body).toMatchObject({ accepted: 2, refused: [] });
    const earlierTest: TestDevice = {
      ...earlierDevice,
      memberId: earlierMemberId,
      clock: createHlcClock(earlier.id),
      signingKey: earlierKey,
    };
    expect(refusal(await push(server, earlierTest, noteOf(earlierTest)))).toMatchObject({
      reason: 'unknown_signer',
    });
  });
});
