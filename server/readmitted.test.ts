import { certifyKey, newSigningKey, trustedKeys } from '@shared/sync/signing';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  changesOf,
  invitationFor,
  joinAs,
  publishTrip,
  push,
  serverForSuite,
  type TestDevice,
  type TestServer,
} from './test/harness';

/**
 * A device of `device`'s member joins again with a new invitation, as the
 * revoked device itself does: a new device of the server's, certifying the
 * key it always signed with, under the id its stamps always ended in.
 */
async function joinAgain(server: TestServer, organiser: TestDevice, device: TestDevice, memberId = device.memberId) {
  const { body, invitation } = await invitationFor(organiser, memberId);
  const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
    token: organiser.token,
    body,
  });
  const joined = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName: '태블릿' } });
  expect(joined.status).toBe(201);
  const owner = { tripId: device.tripId, deviceId: device.deviceId, memberId, publicKey: device.signingKey.publicKey };
  const registered = await call(server.url, 'PUT', `/trips/${device.tripId}/keys/self`, {
    token: joined.body.token,
    body: {
      deviceId: device.deviceId,
      publicKey: owner.publicKey,
      certificate: await certifyKey(invitation.privateKey, owner),
    },
  });
  return { registered, again: { ...device, token: joined.body.token as string } };
}

const revoke = (server: TestServer, organiser: TestDevice, serverDeviceId: string) =>
  call(server.url, 'DELETE', `/trips/${organiser.tripId}/devices/${serverDeviceId}`, { token: organiser.token });

const aNote = (device: TestDevice, question: string) =>
  changesOf(device, 'qaNotes', v7(), { 'question/text': question, 'question/lang': 'ko' });

describeEachBackend('a revoked device invited again', (backend) => {
  const server = serverForSuite(backend);

  it('signs as before: what it wrote before and while revoked is taken, and the trip’s keys name it once, trusted', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const phone = await joinAs(server, organiser, members[0]?.id ?? '');
    expect((await push(server, phone, aNote(phone, '예산은?'))).body.accepted).toBe(2);
    expect((await revoke(server, organiser, phone.deviceId)).status).toBe(200);
    // Written while revoked, and refused then: it waits on the device.
    const waiting = aNote(phone, '인원은?');
    expect((await push(server, phone, waiting)).body.error).toBe('revoked');

    const { registered, again } = await joinAgain(server, organiser, phone);
    expect(registered.status).toBe(200);
    expect((await push(server, again, waiting)).body).toMatchObject({ accepted: 2, refused: [] });
    const listing = (await call(server.url, 'GET', `/trips/${organiser.tripId}/keys`, { token: organiser.token })).body;
    const its = listing.keys.filter((key: { deviceId: string }) => key.deviceId === phone.deviceId);
    expect(its).toEqual([expect.objectContaining({ publicKey: phone.signingKey.publicKey, revokedAfter: null })]);
    const trusted = await trustedKeys(organiser.tripId, listing.root, listing.keys);
    expect(trusted.get(phone.deviceId)?.memberId).toBe(phone.memberId);
  });

  it('is not let take another member’s signing id, nor one still in use, nor a revoked one with another key', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const phone = await joinAs(server, organiser, members[0]?.id ?? '');
    // Still in use: the same device's id from a second invitation.
    expect((await joinAgain(server, organiser, phone)).registered.body.error).toBe('key_exists');
    expect((await revoke(server, organiser, phone.deviceId)).status).toBe(200);
    // Revoked, but the new invitation is another member's.
    expect((await joinAgain(server, organiser, phone, members[1]?.id)).registered.body.error).toBe('key_exists');
    // Revoked, but with another key than the one it signed with.
    const stranger = { ...phone, signingKey: await newSigningKey() };
    expect((await joinAgain(server, organiser, stranger)).registered.body.error).toBe('key_exists');
  });
});
