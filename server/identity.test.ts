import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { INVITATION_DAYS } from './store/invitations';
import { describeEachBackend } from './test/backends';
import {
  call,
  invitationFor,
  joinAs,
  memberChanges,
  publishTrip,
  push,
  startServer,
  type TestServer,
} from './test/harness';

const DAY = 24 * 60 * 60 * 1000;

describeEachBackend('publishing, invitations and devices', (backend) => {
  let server: TestServer;
  let time = Date.now();
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage, { now: () => time });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  const publish = (setupCode: string, tripId = v7(), memberId = v7()) =>
    call(server.url, 'POST', '/trips', { body: { setupCode, tripId, memberId, deviceName: 'Laptop' } });

  it('publishes a trip with the setup code, once, and gives the organiser the trip’s first token', async () => {
    const code = await server.setupCode();
    const tripId = v7();
    const organiserId = v7();
    const published = await publish(code.toLowerCase(), tripId, organiserId);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ tripId, memberId: organiserId });
    expect(published.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const devices = await call(server.url, 'GET', `/trips/${tripId}/devices`, { token: published.body.token });
    expect(devices.body.devices).toEqual([
      expect.objectContaining({ deviceId: published.body.deviceId, memberId: organiserId, organiser: true }),
    ]);
    expect((await publish(code)).body.error).toBe('code_invalid');
    expect((await publish('0000-00000')).body.error).toBe('code_invalid');
    expect((await publish('not a code')).status).toBe(403);
  });

  it('publishes again with the same code for a while, so a publish whose answer was lost can be repeated', async () => {
    const code = await server.setupCode();
    const tripId = v7();
    const organiserId = v7();
    const first = await publish(code, tripId, organiserId);
    expect(first.status).toBe(201);
    expect((await publish(code, tripId, v7())).body.error).toBe('code_invalid');
    const again = await publish(code, tripId, organiserId);
    expect(again.status).toBe(201);
    expect(again.body.token).not.toBe(first.body.token);
    time += 11 * 60 * 1000;
    expect((await publish(code, tripId, organiserId)).body.error).toBe('code_invalid');
  });

  it('refuses to publish a trip already published, and keeps the setup code for another', async () => {
    const { tripId } = await publishTrip(server);
    const code = await server.setupCode();
    const taken = await publish(code, tripId);
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('trip_exists');
    expect((await publish(code)).status).toBe(201);
  });

  it('invites a member of the roster with a code that binds one device to that member, once', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const member = members[0]?.id ?? '';
    const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
      token: organiser.token,
      body: (await invitationFor(organiser, member)).body,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(Date.parse(invited.body.expiresAt)).toBe(time + INVITATION_DAYS * DAY);

    const typed = invited.body.code.toLowerCase().replace('-', ' ');
    const joined = await call(server.url, 'POST', '/join', { body: { code: typed, deviceName: '김민수의 휴대폰' } });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ tripId: organiser.tripId, memberId: member });
    const again = await call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName: 'Thief' } });
    expect(again.status).toBe(403);
    expect(again.body.error).toBe('code_used');
    expect(
      (await call(server.url, 'POST', '/join', { body: { code: '0000-00000', deviceName: 'x' } })).body.error,
    ).toBe('code_invalid');
  });

  it('invites only members of the roster not deleted, and only from the organiser’s device', async () => {
    const { organiser, members } = await publishTrip(server, ['이영희', '최지훈']);
    const [first, second] = members.map((member) => member.id);
    const invite = async (token: string, memberId: string | undefined) =>
      call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
        token,
        body: (await invitationFor(organiser, memberId ?? '')).body,
      });
    expect((await invite(organiser.token, v7())).body.error).toBe('not_found');
    const device = await joinAs(server, organiser, first ?? '');
    expect((await invite(device.token, second)).body.error).toBe('forbidden');
    await push(server, organiser, [
      ...memberChanges(organiser, second ?? '', '최지훈').filter((change) => change.path !== 'deletedAt'),
      ...memberChanges(organiser, second ?? '', '최지훈')
        .filter((change) => change.path === 'deletedAt')
        .map((change) => ({ ...change, value: '1996-10-21T09:00:00.000Z' })),
    ]);
    expect((await invite(organiser.token, second)).body.error).toBe('not_found');
    expect((await invite(organiser.token, 'not-an-id')).body.error).toBe('invalid_body');
  });

  it('refuses an invitation past its seven days, and one replaced by a newer invitation', async () => {
    const { organiser, members } = await publishTrip(server, ['정수빈', '한도윤']);
    const [first, second] = members.map((member) => member.id);
    const invite = async (memberId: string | undefined) =>
      (
        await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
          token: organiser.token,
          body: (await invitationFor(organiser, memberId ?? '')).body,
        })
      ).body.code;
    const join = async (code: string) =>
      (await call(server.url, 'POST', '/join', { body: { code, deviceName: 'x' } })).body;

    const replaced = await invite(first);
    const current = await invite(first);
    expect((await join(replaced)).error).toBe('code_invalid');
    expect((await join(current)).memberId).toBe(first);

    const late = await invite(second);
    time += INVITATION_DAYS * DAY;
    expect((await join(late)).error).toBe('code_expired');
    expect((await join(await invite(second))).memberId).toBe(second);
  });

  it('lets one of two devices entering the same code at once join, never both', async () => {
    const { organiser, members } = await publishTrip(server, ['오세훈']);
    const invited = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
      token: organiser.token,
      body: (await invitationFor(organiser, members[0]?.id ?? '')).body,
    });
    const attempts = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) =>
        call(server.url, 'POST', '/join', { body: { code: invited.body.code, deviceName: name } }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 403, 403, 403]);
  });

  it('lists the trip’s devices with their last sync to the organiser, and refuses a revoked device’s token everywhere', async () => {
    const { organiser, members } = await publishTrip(server, ['윤서연']);
    const member = members[0]?.id ?? '';
    const phone = await joinAs(server, organiser, member, '윤서연의 휴대폰');
    expect((await call(server.url, 'GET', `/trips/${phone.tripId}/changes`, { token: phone.token })).status).toBe(200);
    const listed = await call(server.url, 'GET', `/trips/${organiser.tripId}/devices`, { token: organiser.token });
    expect(listed.body.devices).toEqual([
      expect.objectContaining({ deviceId: organiser.deviceId, organiser: true, revokedAt: null }),
      {
        deviceId: phone.deviceId,
        memberId: member,
        name: '윤서연의 휴대폰',
        organiser: false,
        createdAt: new Date(time).toISOString(),
        lastSync: new Date(time).toISOString(),
        revokedAt: null,
        current: false,
      },
    ]);

    const revoked = await call(server.url, 'DELETE', `/trips/${organiser.tripId}/devices/${phone.deviceId}`, {
      token: organiser.token,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.device.revokedAt).toBe(new Date(time).toISOString());
    for (const [method, path, body] of [
      ['GET', `/trips/${phone.tripId}/changes`, undefined],
      ['POST', `/trips/${phone.tripId}/changes`, { changes: [] }],
      ['GET', `/trips/${phone.tripId}/devices`, undefined],
    ] as const) {
      const refused = await call(server.url, method, path, { token: phone.token, body });
      expect([refused.status, refused.body.error]).toEqual([401, 'revoked']);
    }
    // The member gets a device again by a new invitation.
    expect((await joinAs(server, organiser, member)).memberId).toBe(member);
  });

  it('does not let the organiser revoke its own device, nor a device the trip does not have', async () => {
    const { organiser } = await publishTrip(server);
    const revoke = (deviceId: string) =>
      call(server.url, 'DELETE', `/trips/${organiser.tripId}/devices/${deviceId}`, { token: organiser.token });
    expect((await revoke(organiser.deviceId)).body.error).toBe('forbidden');
    expect((await revoke(v7())).body.error).toBe('not_found');
  });

  it('refuses requests without a known token', async () => {
    const { tripId } = await publishTrip(server);
    for (const token of [undefined, 'x', 'A'.repeat(43)]) {
      const refused = await call(server.url, 'GET', `/trips/${tripId}/changes`, token ? { token } : {});
      expect([refused.status, refused.body.error]).toEqual([401, 'unauthorized']);
    }
  });
});
