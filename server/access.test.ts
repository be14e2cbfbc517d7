import { describe, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import { call, invitationFor, joinAs, publishTrip, serverForSuite, type TestServer } from './test/harness';

/** A trip with two members on its roster, one of whom has joined with a phone. */
async function tripWithPhone(server: TestServer) {
  const { organiser, members } = await publishTrip(server, ['윤서연', '김민수']);
  const [joined, invited] = members;
  if (!joined || !invited) throw new Error('The roster is short');
  const phone = await joinAs(server, organiser, joined.id, '휴대폰');
  return { organiser, phone, joined, invited };
}

describeEachBackend('who sees and names which device', (backend) => {
  const server = serverForSuite(backend);

  it('shows a member their own devices, the current one marked, and the organiser every device', async () => {
    const { organiser, phone, joined } = await tripWithPhone(server);
    const laptop = await joinAs(server, organiser, joined.id, '노트북');
    const mine = await call(server.url, 'GET', `/trips/${phone.tripId}/devices`, { token: phone.token });
    expect(
      mine.body.devices.map((device: { name: string; current: boolean }) => [device.name, device.current]),
    ).toEqual([
      ['휴대폰', true],
      ['노트북', false],
    ]);
    const all = await call(server.url, 'GET', `/trips/${organiser.tripId}/devices`, { token: organiser.token });
    expect(all.body.devices).toHaveLength(3);
    expect(all.body.devices.filter((device: { current: boolean }) => device.current)).toEqual([
      expect.objectContaining({ deviceId: organiser.deviceId }),
    ]);
    expect(laptop.memberId).toBe(joined.id);
  });

  it('lets a device rename itself and an organiser rename any; a member cannot rename another’s', async () => {
    const { organiser, phone } = await tripWithPhone(server);
    const rename = (token: string, deviceId: string, name: unknown) =>
      call(server.url, 'PUT', `/trips/${organiser.tripId}/devices/${deviceId}/name`, { token, body: { name } });
    expect((await rename(phone.token, phone.deviceId, '  윤서연 · 아이폰 ')).body.device.name).toBe('윤서연 · 아이폰');
    expect((await rename(organiser.token, phone.deviceId, '서연 씨 휴대폰')).status).toBe(200);
    const refused = await rename(phone.token, organiser.deviceId, '내 것');
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    expect((await rename(phone.token, phone.deviceId, '')).body.error).toBe('invalid_body');
    expect((await rename(phone.token, phone.deviceId, 'x'.repeat(101))).body.error).toBe('invalid_body');
    const listed = await call(server.url, 'GET', `/trips/${organiser.tripId}/devices`, { token: organiser.token });
    expect(listed.body.devices.map((device: { name: string }) => device.name)).toEqual([
      '주최자 노트북',
      '서연 씨 휴대폰',
    ]);
  });
});

describeEachBackend('the organiser’s list of invitations', (backend) => {
  const server = serverForSuite(backend);

  const listOf = async (token: string, tripId: string) =>
    (await call(server.url, 'GET', `/trips/${tripId}/invitations`, { token })).body;

  it('keeps each member’s invitation, open or used, never its code', async () => {
    const { organiser, joined, invited } = await tripWithPhone(server);
    const { body } = await invitationFor(organiser, invited.id);
    const made = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
      token: organiser.token,
      body,
    });
    expect(made.status).toBe(201);
    const { invitations } = await listOf(organiser.token, organiser.tripId);
    const byMember = new Map(invitations.map((invitation: { memberId: string }) => [invitation.memberId, invitation]));
    expect(byMember.get(joined.id)).toMatchObject({ state: 'used', usedAt: expect.any(String) });
    expect(byMember.get(invited.id)).toEqual({
      memberId: invited.id,
      createdAt: expect.any(String),
      expiresAt: made.body.expiresAt,
      usedAt: null,
      state: 'open',
    });
    expect(JSON.stringify(invitations)).not.toContain(made.body.code);
  });

  it('withdraws an open invitation, whose code then no longer joins', async () => {
    const { organiser, invited } = await tripWithPhone(server);
    const { body } = await invitationFor(organiser, invited.id);
    const made = await call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
      token: organiser.token,
      body,
    });
    const withdraw = () =>
      call(server.url, 'DELETE', `/trips/${organiser.tripId}/invitations/${invited.id}`, { token: organiser.token });
    expect((await withdraw()).status).toBe(200);
    expect((await withdraw()).body.error).toBe('not_found');
    const { invitations } = await listOf(organiser.token, organiser.tripId);
    expect(invitations.map((invitation: { memberId: string }) => invitation.memberId)).not.toContain(invited.id);
    const join = await call(server.url, 'POST', '/join', { body: { code: made.body.code, deviceName: '노트북' } });
    expect(join.body.error).toBe('code_invalid');
  });

  it('is the organiser’s: a member neither sees nor withdraws invitations', async () => {
    const { organiser, phone, invited } = await tripWithPhone(server);
    expect((await listOf(phone.token, phone.tripId)).error).toBe('forbidden');
    const withdrawn = await call(server.url, 'DELETE', `/trips/${organiser.tripId}/invitations/${invited.id}`, {
      token: phone.token,
    });
    expect(withdrawn.body.error).toBe('forbidden');
  });
});

describe('the desktop transport', () => {
  it('lets the new requests through', async () => {
    const { endpointOf } = await import('@shared/sync/endpoints');
    const id = '0192a000-0000-7000-8000-000000000001';
    expect(endpointOf('GET', `/v1/trips/${id}/invitations`)).not.toBeNull();
    expect(endpointOf('DELETE', `/v1/trips/${id}/invitations/${id}`)).not.toBeNull();
    expect(endpointOf('PUT', `/v1/trips/${id}/devices/${id}/name`)).toEqual({ body: true, bytes: false });
  });
});
