import { expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  changesOf,
  invitationFor,
  joinAs,
  publishTrip,
  pullAll,
  push,
  serverForSuite,
  withoutSeq,
} from './test/harness';

describeEachBackend('each trip kept apart', (backend) => {
  const server = serverForSuite(backend);

  it('a device of one trip can neither read nor write another trip by any endpoint', async () => {
    const a = await publishTrip(server, ['김민수']);
    const b = await publishTrip(server, ['山田花子']);
    const aMember = await joinAs(server, a.organiser, a.members[0]?.id ?? '');
    const bMember = await joinAs(server, b.organiser, b.members[0]?.id ?? '');
    const secret = changesOf(b.organiser, 'minutes', b.members[0]?.id ?? '', { 'discussion/text': '秘密' });
    expect((await push(server, b.organiser, secret)).status).toBe(200);
    const bChanges = await pullAll(server, b.organiser);
    // What the organiser of B sees of its devices, but for when they last synced.
    const devicesOfB = async () =>
      (await call(server.url, 'GET', `/trips/${b.tripId}/devices`, { token: b.organiser.token })).body.devices.map(
        ({ lastSync: _, ...device }: { lastSync: string }) => device,
      );
    const bDevices = await devicesOfB();

    const intruders = [a.organiser, aMember];
    const attempts = [
      ['GET', `/trips/${b.tripId}/changes`, undefined],
      ['GET', `/trips/${b.tripId}/changes?after=0&limit=10`, undefined],
      ['POST', `/trips/${b.tripId}/changes`, { changes: changesOf(bMember, 'qaNotes', b.tripId, { time: '10:00' }) }],
      ['POST', `/trips/${b.tripId}/invitations`, { memberId: b.members[0]?.id }],
      ['GET', `/trips/${b.tripId}/devices`, undefined],
      ['DELETE', `/trips/${b.tripId}/devices/${bMember.deviceId}`, undefined],
    ] as const;
    for (const token of intruders.map((device) => device.token)) {
      for (const [method, path, body] of attempts) {
        const refused = await call(server.url, method, path, { token, body });
        expect([method, path, refused.status, refused.body.error]).toEqual([method, path, 403, 'forbidden']);
        expect(JSON.stringify(refused.body)).not.toContain('秘密');
      }
    }

    // Through its own trip's address, naming the other trip's records, devices or members.
    const own = `/trips/${a.tripId}`;
    const wrongTrip = changesOf({ ...a.organiser, tripId: b.tripId }, 'minutes', b.members[0]?.id ?? '', {
      'discussion/text': '',
    });
    const wrongPush = await push(server, a.organiser, wrongTrip);
    expect(wrongPush.body).toMatchObject({ error: 'invalid_change', index: 0, reason: 'wrong_trip' });
    const otherTripRecord = changesOf(a.organiser, 'trips', b.tripId, { startDate: '1996-10-21' });
    expect((await push(server, a.organiser, otherTripRecord)).body.reason).toBe('not_this_trip');
    const revoke = await call(server.url, 'DELETE', `${own}/devices/${bMember.deviceId}`, { token: a.organiser.token });
    expect(revoke.body.error).toBe('not_found');
    const invite = await call(server.url, 'POST', `${own}/invitations`, {
      token: a.organiser.token,
      body: (await invitationFor(a.organiser, b.members[0]?.id ?? '')).body,
    });
    expect(invite.body.error).toBe('not_found');
    // A change id the other trip holds is a change of this trip here: it neither leaks nor overwrites.
    const copied = bChanges.map(withoutSeq).at(-1);
    const reused = {
      ...copied,
      tripId: a.tripId,
      deviceId: a.organiser.deviceId,
      memberId: a.organiser.memberId,
      bundle: undefined,
      value: '다른 여행',
    };
    expect((await push(server, a.organiser, [reused])).body.accepted).toBe(1);

    expect(await pullAll(server, b.organiser)).toEqual(bChanges);
    expect(await devicesOfB()).toEqual(bDevices);
    expect((await pullAll(server, bMember)).map((change) => change.id)).toEqual(bChanges.map((change) => change.id));
  });
});
