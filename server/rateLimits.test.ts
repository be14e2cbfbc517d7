import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Limits } from './http/rateLimit';
import type { Storage } from './storage/storage';
import { describeEachBackend } from './test/backends';
import { call, startServer, type TestServer } from './test/harness';

const PLENTY = { burst: 1e9, perSecond: 1e9 };
const madeUpToken = () => randomBytes(32).toString('base64url');

describeEachBackend('rate limits by address', (backend) => {
  let storage: Storage;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    storage = (await backend.open()).storage;
  }, 30_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await storage?.close();
  });
  const serve = async (limits: Partial<Limits>, trustedProxies: string[] = []) => {
    const server = await startServer(storage, {
      limits: { address: PLENTY, device: PLENTY, code: PLENTY, ...limits },
      trustedProxies,
    });
    servers.push(server);
    return server;
  };
  const attempt = (server: TestServer, forwardedFor?: string) =>
    call(server.url, 'POST', '/join', {
      body: { code: 'AAAA-AAAAA', deviceName: 'Laptop' },
      headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {},
    }).then((answer) => answer.body.error);

  it('counts every request of an address before its token is looked at: a fresh made-up token each time gains nothing', async () => {
    const server = await serve({ address: { burst: 5, perSecond: 0.01 } });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await call(server.url, 'GET', '/trips/x/changes', { token: madeUpToken() })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('behind a trusted proxy, counts each client it forwards for on its own, which no client can choose', async () => {
    const proxied = await serve({ code: { burst: 1, perSecond: 0.01 } }, ['127.0.0.1']);
    expect(await attempt(proxied, '203.0.113.1')).toBe('code_invalid');
    expect(await attempt(proxied, '203.0.113.1')).toBe('rate_limited');
    expect(await attempt(proxied, '203.0.113.2')).toBe('code_invalid');
    // What the client wrote is on the left; the proxy adds the address it saw on the right.
    expect(await attempt(proxied, '198.51.100.7, 203.0.113.2')).toBe('rate_limited');
    // The proxy's own requests are its own.
    expect(await attempt(proxied)).toBe('code_invalid');
  });

  it('believes no forwarded address from a peer the operator did not declare a proxy', async () => {
    const direct = await serve({ code: { burst: 1, perSecond: 0.01 } });
    expect(await attempt(direct, '203.0.113.1')).toBe('code_invalid');
    expect(await attempt(direct, '203.0.113.2')).toBe('rate_limited');
  });
});
