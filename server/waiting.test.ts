import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  changesOf,
  joinAs,
  publishTrip,
  push,
  serverForSuite,
  startServer,
  type TestDevice,
  type TestServer,
} from './test/harness';
import { LOOK_EVERY_MS } from './tripWatch';

/** Where `device` has pulled its trip's log to, as a client that pulled everything knows it. */
async function pulledTo(server: Pick<TestServer, 'url'>, device: TestDevice): Promise<number> {
  let after = 0;
  for (;;) {
    const page = await call(server.url, 'GET', `/trips/${device.tripId}/changes?after=${after}`, {
      token: device.token,
    });
    after = page.body.next;
    if (!page.body.more) return after;
  }
}

/** A wait for changes after `after`, and when it was answered (ms since it was asked). */
async function waitFor(server: Pick<TestServer, 'url'>, device: TestDevice, after: number | string) {
  const asked = performance.now();
  const answer = await call(server.url, 'GET', `/trips/${device.tripId}/changes/wait?after=${after}`, {
    token: device.token,
  });
  return { ...answer, after: performance.now() - asked };
}

/** A trip on `server` with its organiser's device and a member's, joined. */
async function tripWithMember(server: TestServer) {
  const { organiser, members } = await publishTrip(server, ['김민수']);
  const [invited] = members;
  if (!invited) throw new Error('The roster has no member');
  return { organiser, member: await joinAs(server, organiser, invited.id) };
}

const aQaNote = (device: TestDevice) =>
  changesOf(device, 'qaNotes', v7(), { 'question/text': '구마모토현의 연구 개발 예산은?', 'question/lang': 'ko' });

describeEachBackend('waiting for changes', (backend) => {
  const server = serverForSuite(backend);

  it('answers a waiting member as soon as the organiser pushes, not at the end of the wait', async () => {
    const { organiser, member } = await tripWithMember(server);
    const after = await pulledTo(server, member);
    const waiting = waitFor(server, member, after);
    // The member is waiting by now; the organiser writes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await push(server, organiser, aQaNote(organiser))).status).toBe(200);
    const answer = await waiting;
    expect(answer.status).toBe(200);
    expect(answer.body.latest).toBeGreaterThan(after);
    // Well before the 20 s a wait with nothing new lasts.
    expect(answer.after).toBeLessThan(5_000);
    expect(await pulledTo(server, member)).toBe(answer.body.latest);
  });

  it('answers at once a device that has not pulled everything yet', async () => {
    const { member } = await tripWithMember(server);
    const answer = await waitFor(server, member, 0);
    expect(answer.status).toBe(200);
    expect(answer.body.latest).toBe(await pulledTo(server, member));
  });

  it('tells a waiting device that the organiser revoked it, at once', async () => {
    const { organiser, member } = await tripWithMember(server);
    const waiting = waitFor(server, member, await pulledTo(server, member));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const revoked = await call(server.url, 'DELETE', `/trips/${member.tripId}/devices/${member.deviceId}`, {
      token: organiser.token,
    });
    expect(revoked.status).toBe(200);
    const answer = await waiting;
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('revoked');
    expect(answer.after).toBeLessThan(5_000);
  });

  it('refuses a position that is not a number, and a device of another trip', async () => {
    const { organiser } = await publishTrip(server);
    const other = await publishTrip(server);
    expect((await waitFor(server, organiser, '-1')).body.error).toBe('invalid_body');
    expect((await waitFor(server, organiser, '1e3')).body.error).toBe('invalid_body');
    const elsewhere = await call(server.url, 'GET', `/trips/${other.tripId}/changes/wait?after=0`, {
      token: organiser.token,
    });
    expect(elsewhere.body.error).toBe('forbidden');
  });
});

describeEachBackend('waiting for changes, with nothing new', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage, { waitMs: 300 });
  }, 30_000);
  afterAll(async () => {
    await server.close();
    await server.storage.close();
  });

  it('answers after the wait with where the log ends, which the device has pulled', async () => {
    const { organiser } = await publishTrip(server);
    const after = await pulledTo(server, organiser);
    const answer = await waitFor(server, organiser, after);
    expect(answer.status).toBe(200);
    expect(answer.body.latest).toBe(after);
    expect(answer.after).toBeGreaterThanOrEqual(250);
  });
});

describeEachBackend('waiting on one server process for a push stored by another', (backend) => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const { storage } = await backend.open();
    // Two apps over one database: neither hears of the other's pushes but through the database.
    a = await startServer(storage);
    b = await startServer(storage);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await a.storage.close();
  });

  it('finds the push at its next look at the database', async () => {
    const { organiser, member } = await tripWithMember(a);
    const after = await pulledTo(a, member);
    const waiting = waitFor(a, member, after);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await push(b, organiser, aQaNote(organiser))).status).toBe(200);
    const answer = await waiting;
    expect(answer.body.latest).toBeGreaterThan(after);
    expect(answer.after).toBeLessThan(200 + LOOK_EVERY_MS * 3);
  });
});

describe('the wait', () => {
  it('is an endpoint the desktop transport lets through', async () => {
    const { endpointOf } = await import('@shared/sync/endpoints');
    const trip = v7();
    expect(endpointOf('GET', `/v1/trips/${trip}/changes/wait?after=12`)).toEqual({ body: false, bytes: false });
    expect(endpointOf('GET', `/v1/trips/${trip}/changes/wait?after=12&x=1`)).toBeNull();
  });
});
