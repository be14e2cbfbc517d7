import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { type Listening, listen } from './serve';
import { call, noStorage } from './test/harness';

describe('a failure inside the server', () => {
  const logged: string[] = [];
  let server: Listening;
  beforeAll(async () => {
    server = await listen(
      createApp({ storage: noStorage, name: 'test', log: (line) => logged.push(line) }),
      0,
      '127.0.0.1',
    );
  });
  afterAll(() => server?.close());

  it('answers internal, logs what failed, and tells the client nothing of it', async () => {
    const answer = await call(server.url, 'GET', '/trips/x/changes', { token: 'A'.repeat(43) });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: 'internal', message: 'The server failed; it is logged.' });
    expect(logged).toEqual([
      expect.stringContaining('GET /v1/trips/x/changes failed: Error: This test does not use the database'),
    ]);
  });
});
