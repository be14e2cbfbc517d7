import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Schedule, watchSetupCode } from './setupCodeWatch';
import { ensureSetupCode, SETUP_CODE_MS } from './store/setupCode';
import { describeEachBackend } from './test/backends';
import { call, startServer, type TestServer } from './test/harness';

describeEachBackend('the setup code', (backend) => {
  let server: TestServer;
  let time = Date.parse('2026-11-24T09:00:00Z');
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage, { now: () => time });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  const publish = (setupCode: string) =>
    call(server.url, 'POST', '/trips', { body: { setupCode, tripId: v7(), memberId: v7(), deviceName: 'Laptop' } });

  /** The server as `npm run server` runs it: what it prints, and its timer run by hand. */
  const running = async () => {
    const made = await ensureSetupCode(server.storage, new Date(time), true);
    const printed = [made.code];
    const timers: { at: number; work: () => void }[] = [];
    const schedule: Schedule = (ms, work) => {
      timers.push({ at: time + ms, work });
      return () => {};
    };
    watchSetupCode(server.storage, made.expiresAt, {
      now: () => time,
      print: (code) => printed.push(code),
      complain: () => {},
      schedule,
    });
    /** Lets the time pass to the next timer and runs it. */
    const wait = async () => {
      const next = timers.shift();
      if (!next) return false;
      time = next.at;
      next.work();
      // The renewal is a query or two away.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return true;
    };
    return { printed, wait, timers };
  };

  it('publishes for a day; then it is refused as expired, and the server prints a fresh one', async () => {
    const { printed, wait, timers } = await running();
    const [first = ''] = printed;
    expect(timers.map(({ at }) => at - time)).toEqual([SETUP_CODE_MS]);
    time += SETUP_CODE_MS;
    const expired = await publish(first);
    expect([expired.status, expired.body.error]).toEqual([403, 'code_expired']);
    expect(await wait()).toBe(true);
    expect(printed).toHaveLength(2);
    expect((await publish(first)).body.error).toBe('code_invalid');
    expect((await publish(printed[1] ?? '')).status).toBe(201);
  });

  it('publishes until its last moment; once used, the running server makes no other: the next start does', async () => {
    const { printed, wait, timers } = await running();
    time += SETUP_CODE_MS - 1;
    expect((await publish(printed[0] ?? '')).status).toBe(201);
    expect(await wait()).toBe(true);
    expect(printed).toHaveLength(1);
    expect(timers).toEqual([]);
    expect(await ensureSetupCode(server.storage, new Date(time))).toMatchObject({
      code: expect.any(String),
      made: true,
    });
  });

  it('is found waiting by a start before it expired, the same code until the same time, and publishes', async () => {
    const made = await ensureSetupCode(server.storage, new Date(time), true);
    time += SETUP_CODE_MS / 2;
    expect(await ensureSetupCode(server.storage, new Date(time))).toEqual({ ...made, made: false });
    expect((await publish(made.code.toLowerCase())).status).toBe(201);
  });

  it('is replaced at start when the one waiting expired while the server was stopped', async () => {
    const made = await ensureSetupCode(server.storage, new Date(time), true);
    time += SETUP_CODE_MS + 60_000;
    const next = await ensureSetupCode(server.storage, new Date(time));
    expect(next).toMatchObject({ code: expect.any(String), expiresAt: new Date(time + SETUP_CODE_MS) });
    expect((await publish(made.code)).body.error).toBe('code_invalid');
  });
});
