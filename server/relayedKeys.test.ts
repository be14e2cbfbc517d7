import { CROCKFORD } from '@shared/sync/fingerprint';
import { createHlcClock } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import {
  type Bundle,
  certifyKey,
  importPublicKey,
  invitationKey,
  type ListedKey,
  newInvitationSecret,
  newSigningKey,
  type RelayedKey,
  type SigningKey,
  signBundle,
  signGrant,
  trustedKeys,
  verifyBundle,
} from '@shared/sync/signing';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { newToken } from './codes';
import { describeEachBackend } from './test/backends';
import {
  type Answer,
  call,
  changesOf,
  invitationFor,
  publishTrip,
  push,
  serverForSuite,
  type TestDevice,
  type TestServer,
  withoutSeq,
} from './test/harness';

/**
 * A trip whose server was lost, published again on a new one by its
 * organiser's device, which re-sends what it holds: the other devices'
 * changes with their signatures and their keys, which the new server takes
 * only where they chain down to the trip's root (docs/sync-protocol.md,
 * section 9).
 */

const noteOf = (device: TestDevice, text = '예산은 얼마입니까?') =>
  changesOf(device, 'qaNotes', v7(), { 'question/text': text, 'question/lang': 'ko' });

async function signed(device: TestDevice, key: SigningKey, changes: readonly Change[]) {
  const id = v7();
  const named = changes.map((change) => ({ ...change, bundle: id }));
  const bundle = await signBundle(key, { id, tripId: device.tripId, deviceId: device.deviceId }, named);
  return { changes: named, bundle };
}

/** A push as a device relays: changes, their bundles, and the keys of the devices that signed them. */
const relay = (
  server: TestServer,
  device: TestDevice,
  changes: readonly Change[],
  bundles: readonly Bundle[],
  keys: readonly unknown[],
) =>
  call(server.url, 'POST', `/trips/${device.tripId}/changes`, {
    token: device.token,
    body: { changes, bundles, keys },
  });

async function pulled(server: TestServer, device: TestDevice): Promise<{ changes: Change[]; bundles: Bundle[] }> {
  const page = await call(server.url, 'GET', `/trips/${device.tripId}/changes?after=0&limit=1000`, {
    token: device.token,
  });
  expect(page.status).toBe(200);
  expect(page.body.more).toBe(false);
  return { changes: page.body.changes.map(withoutSeq), bundles: page.body.bundles };
}

async function keysOf(server: TestServer, device: TestDevice) {
  const listed = await call(server.url, 'GET', `/trips/${device.tripId}/keys`, { token: device.token });
  expect(listed.status).toBe(200);
  return listed.body as { root: string; unsignedUntil: number; keys: ListedKey[] };
}

async function devicesOf(server: TestServer, organiser: TestDevice) {
  const listed = await call(server.url, 'GET', `/trips/${organiser.tripId}/devices`, { token: organiser.token });
  expect(listed.status).toBe(200);
  return listed.body.devices as { deviceId: string; memberId: string; revokedAt: string | null }[];
}

const refusal = (answer: Answer) => ({ status: answer.status, ...answer.body, message: undefined });

/**
 * A device of `memberId` joins with an invitation `organiser` made and
 * registers its key, certified by the invitation: `as`, a device that signs
 * as it did on the trip's earlier server, or a new one.
 */
async function join(
  server: TestServer,
  organiser: TestDevice,
  memberId: string,
  as?: Pick<TestDevice, 'deviceId' | 'signingKey'>,
) {
  const { body, invitation } = await invitationFor(organiser, memberId);
  const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
    token: organiser.token,
    body,
  });
  expect(invited.status).toBe(201);
  const joined = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName: '휴대폰' } });
  expect(joined.status).toBe(201);
  const deviceId = as?.deviceId ?? joined.body.deviceId;
  const signingKey = as?.signingKey ?? (await newSigningKey());
  const owner = { tripId: organiser.tripId, deviceId, memberId, publicKey: signingKey.publicKey };
  const certificate = await certifyKey(invitation.privateKey, owner);
  const registered = await call(server.url, 'PUT', `/trips/${organiser.tripId}/keys/self`, {
    token: joined.body.token,
    body: { deviceId, publicKey: signingKey.publicKey, certificate },
  });
  const device: TestDevice = {
    token: joined.body.token,
    deviceId,
    tripId: organiser.tripId,
    memberId,
    clock: createHlcClock(deviceId),
    signingKey,
  };
  return { registered, device, serverId: joined.body.deviceId as string, invitation, certificate, grant: body.grant };
}

/** The trip on the server it was lost from: Lee's device joined there and pushed a note; what the organiser's device held. */
async function tripOnLostServer(lost: TestServer) {
  const { organiser, members } = await publishTrip(lost, ['이수진', '김민수']);
  const [leeId, kimId] = members.map((member) => member.id) as [string, string];
  const { device: lee, invitation } = await join(lost, organiser, leeId);
  const note = await signed(lee, lee.signingKey.privateKey, noteOf(lee));
  expect((await relay(lost, lee, note.changes, [note.bundle], [])).body.accepted).toBe(2);
  const held = await pulled(lost, organiser);
  const listed = (await keysOf(lost, organiser)).keys.find((key) => key.deviceId === lee.deviceId);
  if (!listed) throw new Error("The lost server did not list Lee's key");
  const { revokedAfter: _, ...leeKey } = listed;
  return { organiser, lee, leeId, kimId, invitation, note, held, leeKey: leeKey as RelayedKey };
}

/** The organiser's device publishes the trip again on `server`, with its same key, and re-sends its own changes. */
async function publishAgain(server: TestServer, trip: Awaited<ReturnType<typeof tripOnLostServer>>) {
  const { organiser: before, held } = trip;
  const published = await call(server.url, 'POST', '/trips', {
    body: {
      setupCode: await server.setupCode(),
      tripId: before.tripId,
      memberId: before.memberId,
      deviceName: '노트북',
    },
  });
  expect(published.status).toBe(201);
  const organiser: TestDevice = { ...before, token: published.body.token };
  const registered = await call(server.url, 'PUT', `/trips/${before.tripId}/keys/self`, {
    token: organiser.token,
    body: { deviceId: before.deviceId, publicKey: before.signingKey.publicKey, certificate: null },
  });
  expect(registered.status).toBe(200);
  const own = held.changes.filter((change) => change.deviceId === before.deviceId);
  const bundles = held.bundles.filter((bundle) => bundle.deviceId === before.deviceId);
  expect((await relay(server, organiser, own, bundles, [])).body).toMatchObject({ accepted: own.length, refused: [] });
  return { organiser, serverId: published.body.deviceId as string };
}

/**
 * A key for a new device of `memberId`, let in by `granter` with an
 * invitation of its own making, and that device as `relayer`'s push names
 * it: what a device that may vouch for no one would forge.
 */
async function vouchedBy(granter: TestDevice, relayer: TestDevice, memberId: string) {
  const invitation = await invitationKey(newInvitationSecret(CROCKFORD));
  const forger = await newSigningKey();
  const owner = { tripId: granter.tripId, deviceId: v7(), memberId, publicKey: forger.publicKey };
  const grant = await signGrant(granter.signingKey.privateKey, granter.tripId, {
    memberId,
    invitationKey: invitation.publicKey,
    grantedBy: granter.deviceId,
  });
  const key = { ...owner, certificate: await certifyKey(invitation.privateKey, owner), grant };
  const posing: TestDevice = { ...relayer, deviceId: owner.deviceId, memberId, clock: createHlcClock(owner.deviceId) };
  return { key, posing, forger };
}

describeEachBackend('keys relayed with the changes they signed', (backend) => {
  const lost = serverForSuite(backend);
  const server = serverForSuite(backend);

  it('takes another device’s changes with its bundle and its key chained to the root, and gives out all three to a new device', async () => {
    const trip = await tripOnLostServer(lost);
    const { organiser } = await publishAgain(server, trip);
    const { note, leeKey, lee } = trip;
    expect((await relay(server, organiser, note.changes, [note.bundle], [leeKey])).body).toMatchObject({
      accepted: 2,
      refused: [],
    });

    const { device: kim } = await join(server, organiser, trip.kimId);
    const page = await pulled(server, kim);
    const lees = page.changes.filter((change) => change.bundle === note.bundle.id);
    expect(lees).toEqual(note.changes);
    expect(lees.every((change) => change.memberId === trip.leeId && change.deviceId === lee.deviceId)).toBe(true);
    expect(page.bundles.filter((bundle) => bundle.id === note.bundle.id)).toEqual([note.bundle]);

    const listing = await keysOf(server, kim);
    expect(listing.root).toBe(organiser.deviceId);
    expect(listing.keys.filter((key) => key.deviceId === lee.deviceId)).toEqual([{ ...leeKey, revokedAfter: null }]);
    const trusted = await trustedKeys(organiser.tripId, listing.root, listing.keys);
    expect(trusted.get(lee.deviceId)?.memberId).toBe(trip.leeId);
    expect(await verifyBundle(await importPublicKey(lee.signingKey.publicKey), note.bundle)).toBe(true);
  });

  it('refuses, storing nothing, a relayed key that does not chain to the root, or changes altered after signing', async () => {
    const trip = await tripOnLostServer(lost);
    const { organiser } = await publishAgain(server, trip);
    const { note, leeKey, lee, leeId, kimId } = trip;
    const logBefore = await pulled(server, organiser);
    const keysBefore = await keysOf(server, organiser);
    const owner = { tripId: organiser.tripId, deviceId: lee.deviceId, memberId: leeId, publicKey: leeKey.publicKey };

    // Certified by another invitation's key than the one its grant names.
    const other = await invitationKey(newInvitationSecret(CROCKFORD));
    const miscertified = { ...leeKey, certificate: await certifyKey(other.privateKey, owner) };
    // Granted by a device the trip never trusted, relayed along as if it were a root of its own.
    const strangerKey = await newSigningKey();
    const stranger = { deviceId: v7(), memberId: organiser.memberId, publicKey: strangerKey.publicKey };
    const strangersGrant = await signGrant(strangerKey.privateKey, organiser.tripId, {
      memberId: leeId,
      invitationKey: other.publicKey,
      grantedBy: stranger.deviceId,
    });
    const misgranted = { ...leeKey, grant: strangersGrant, certificate: await certifyKey(other.privateKey, owner) };
    for (const keys of [[miscertified], [misgranted, { ...stranger, certificate: null, grant: null }]]) {
      expect(refusal(await relay(server, organiser, note.changes, [note.bundle], keys))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        index: 0,
        reason: 'unknown_signer',
      });
    }
    // Lee's key as it is, with a change of Lee's altered after it was signed: the key goes with the push.
    const altered = note.changes.map((change, index) => (index === 1 ? { ...change, value: 'en' } : change));
    expect(refusal(await relay(server, organiser, altered, [note.bundle], [leeKey]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      index: 1,
      reason: 'not_signed',
    });
    // Lee's key said to be Kim's, certified so by Lee's own invitation, signing a note as Kim's: its grant is Lee's.
    const asKim = { ...lee, memberId: kimId };
    const posing = {
      ...leeKey,
      memberId: kimId,
      certificate: await certifyKey(trip.invitation.privateKey, { ...owner, memberId: kimId }),
    };
    const kims = await signed(asKim, lee.signingKey.privateKey, noteOf(asKim));
    expect(refusal(await relay(server, organiser, kims.changes, [kims.bundle], [posing]))).toMatchObject({
      status: 400,
      reason: 'unknown_signer',
    });
    // Two keys for one device: which one counts would be a guess.
    expect(refusal(await relay(server, organiser, note.changes, [note.bundle], [leeKey, posing]))).toMatchObject({
      status: 400,
      error: 'invalid_body',
    });

    expect(await pulled(server, organiser)).toEqual(logBefore);
    expect(await keysOf(server, organiser)).toEqual(keysBefore);
    // It was the key or the alteration that was refused: Lee's own, with the note as signed, is taken.
    expect((await relay(server, organiser, note.changes, [note.bundle], [leeKey])).body.accepted).toBe(2);
  });

  it('refuses a key a member’s device let in, in the organiser’s name or another member’s, and what it signed', async () => {
    const trip = await tripOnLostServer(server);
    const { organiser, lee, kimId } = trip;
    const logBefore = await pulled(server, organiser);
    const keysBefore = await keysOf(server, organiser);
    // Lee's device grants an invitation of its own making, and certifies a new key with it.
    for (const memberId of [organiser.memberId, kimId]) {
      const { key, posing, forger } = await vouchedBy(lee, lee, memberId);
      // As the organiser: the trip's purpose, which only an organiser changes; as Kim: a note.
      const changes =
        memberId === organiser.memberId
          ? changesOf(posing, 'trips', organiser.tripId, { 'purpose/text': '탈취한 목적' })
          : noteOf(posing, '탈취한 메모');
      const forged = await signed(posing, forger.privateKey, changes);
      expect(refusal(await relay(server, lee, forged.changes, [forged.bundle], [key]))).toMatchObject({
        status: 400,
        error: 'invalid_signature',
        reason: 'unknown_signer',
      });
    }
    expect(await pulled(server, organiser)).toEqual(logBefore);
    expect(await keysOf(server, organiser)).toEqual(keysBefore);
  });

  it('refuses a key a revoked device let in: a lost laptop of the organiser’s vouches for no one', async () => {
    const trip = await tripOnLostServer(server);
    const { organiser, lee, kimId } = trip;
    // The organiser's laptop, joined with the organiser's own invitation, then lost and revoked.
    const laptop = await join(server, organiser, organiser.memberId);
    const revoked = await call(server.url, 'DELETE', `/trips/${organiser.tripId}/devices/${laptop.serverId}`, {
      token: organiser.token,
    });
    expect(revoked.status).toBe(200);
    const logBefore = await pulled(server, organiser);
    const keysBefore = await keysOf(server, organiser);
    // Its key, in a thief's hands, grants an invitation for Kim and certifies a new key with it.
    const { key, posing, forger } = await vouchedBy(laptop.device, lee, kimId);
    const forged = await signed(posing, forger.privateKey, noteOf(posing, '훔친 노트북으로 쓴 메모'));
    expect(refusal(await relay(server, lee, forged.changes, [forged.bundle], [key]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      reason: 'unknown_signer',
    });
    expect(await pulled(server, organiser)).toEqual(logBefore);
    expect(await keysOf(server, organiser)).toEqual(keysBefore);
  });

  it('ignores a relayed key for a device the server has a key of: the device’s own registration stands', async () => {
    const trip = await tripOnLostServer(lost);
    const { organiser } = await publishAgain(server, trip);
    const { lee, leeId } = trip;
    // Lee's device joined the new server first, as it signed before.
    const { registered, device: leeAgain } = await join(server, organiser, leeId, lee);
    expect(registered.status).toBe(200);
    const keysBefore = await keysOf(server, organiser);

    // Another key for Lee's device id, chaining to the root: an invitation the organiser's device granted certifies it.
    const { body, invitation } = await invitationFor(organiser, leeId);
    const impostor = await newSigningKey();
    const owner = { tripId: organiser.tripId, deviceId: lee.deviceId, memberId: leeId, publicKey: impostor.publicKey };
    const key = { ...owner, certificate: await certifyKey(invitation.privateKey, owner), grant: body.grant };
    const forged = await signed(lee, impostor.privateKey, noteOf(lee, '탈취한 메모'));
    expect(refusal(await relay(server, organiser, forged.changes, [forged.bundle], [key]))).toMatchObject({
      status: 400,
      error: 'invalid_signature',
      reason: 'bad_signature',
    });
    expect(await keysOf(server, organiser)).toEqual(keysBefore);
    expect(keysBefore.keys.filter((listed) => listed.deviceId === lee.deviceId)).toEqual([
      expect.objectContaining({ publicKey: lee.signingKey.publicKey }),
    ]);
    // Lee's note, signed with the key Lee's device registered, is taken with the impostor's key sent along.
    expect((await relay(server, organiser, trip.note.changes, [trip.note.bundle], [key])).body.accepted).toBe(2);
    expect((await push(server, leeAgain, noteOf(leeAgain))).body.accepted).toBe(2);
  });

  it('lets the relayed key’s device take it over when it joins with the same key, and never lists the key as a device', async () => {
    const trip = await tripOnLostServer(lost);
    const { organiser, serverId: organiserId } = await publishAgain(server, trip);
    const { note, leeKey, lee, leeId, kimId } = trip;
    expect((await relay(server, organiser, note.changes, [note.bundle], [leeKey])).body.accepted).toBe(2);
    expect((await devicesOf(server, organiser)).map((device) => device.deviceId)).toEqual([organiserId]);

    // Not taken by Kim's device, certified for Kim, nor by Lee's with another key.
    const kimTaking = await join(server, organiser, kimId, lee);
    expect(refusal(kimTaking.registered)).toMatchObject({ status: 409, error: 'key_exists' });
    const otherKey = await join(server, organiser, leeId, {
      deviceId: lee.deviceId,
      signingKey: await newSigningKey(),
    });
    expect(refusal(otherKey.registered)).toMatchObject({ status: 409, error: 'key_exists' });

    const taking = await join(server, organiser, leeId, lee);
    expect(taking.registered.status).toBe(200);
    const listing = await keysOf(server, organiser);
    expect(listing.keys.filter((key) => key.deviceId === lee.deviceId)).toEqual([
      { ...leeKey, certificate: taking.certificate, grant: taking.grant, revokedAfter: null },
    ]);
    expect((await trustedKeys(organiser.tripId, listing.root, listing.keys)).get(lee.deviceId)?.memberId).toBe(leeId);
    expect((await push(server, taking.device, noteOf(taking.device, '다음 방문은 언제입니까?'))).body).toMatchObject({
      accepted: 2,
      refused: [],
    });

    const devices = await devicesOf(server, organiser);
    expect(devices.map((device) => device.deviceId).sort()).toEqual(
      [organiserId, kimTaking.serverId, otherKey.serverId, taking.serverId].sort(),
    );
    expect(devices.find((device) => device.deviceId === taking.serverId)).toMatchObject({
      memberId: leeId,
      revokedAt: null,
    });
  });

  it('opens no request to a relayed key’s row: no token reaches it, and no device route finds it', async () => {
    const trip = await tripOnLostServer(lost);
    const { organiser } = await publishAgain(server, trip);
    expect((await relay(server, organiser, trip.note.changes, [trip.note.bundle], [trip.leeKey])).body.accepted).toBe(
      2,
    );
    const rows = await server.storage.query<{ id: string }>(
      'SELECT id FROM devices WHERE trip_id = $1 AND token_hash IS NULL',
      [organiser.tripId],
    );
    expect(rows.length).toBe(1);
    const rowId = rows[0]?.id ?? '';

    const madeUp = await call(server.url, 'GET', `/trips/${organiser.tripId}/keys`, { token: newToken() });
    expect(refusal(madeUp)).toMatchObject({ status: 401, error: 'unauthorized' });
    const devicePath = `/trips/${organiser.tripId}/devices/${rowId}`;
    const renamed = await call(server.url, 'PUT', `${devicePath}/name`, {
      token: organiser.token,
      body: { name: '?' },
    });
    expect(refusal(renamed)).toMatchObject({ status: 404, error: 'not_found' });
    const revoked = await call(server.url, 'DELETE', devicePath, { token: organiser.token });
    expect(refusal(revoked)).toMatchObject({ status: 404, error: 'not_found' });
    expect((await keysOf(server, organiser)).keys.every((key) => key.revokedAfter === null)).toBe(true);
  });
});
