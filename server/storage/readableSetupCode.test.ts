import { v7 } from 'uuid';
import { afterEach, expect, it } from 'vitest';
import { hashSecret, newCode } from '../codes';
import { ensureSetupCode } from '../store/setupCode';
import { describeEachBackend } from '../test/backends';
import { call, startServer, type TestServer } from '../test/harness';
import { migrate, readMigrations } from './migrate';

describeEachBackend('schema step 0008: the setup code kept readable', (backend) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await server?.storage.close();
    server = undefined;
  });

  it('drops a code kept as its hash, which no start could print again, and the start makes a readable one', async () => {
    const { storage } = await backend.open();
    const migrations = await readMigrations();
    expect(migrations[7]?.name).toBe('0008_readable_setup_code.sql');
    await migrate(storage, migrations.slice(0, 7));
    // The code a server before this step made and printed, of which it kept only the hash.
    const lost = newCode();
    await storage.query(`INSERT INTO server_settings (key, value, updated_at) VALUES ('setup_code_hash', $1, now())`, [
      hashSecret(lost),
    ]);

    server = await startServer(storage);
    expect(await storage.query(`SELECT key FROM server_settings WHERE key = 'setup_code_hash'`)).toEqual([]);
    const started = await ensureSetupCode(storage, new Date());
    expect(started.made).toBe(true);
    const publish = (setupCode: string) =>
      call(server?.url ?? '', 'POST', '/trips', {
        body: { setupCode, tripId: v7(), memberId: v7(), deviceName: 'Laptop' },
      });
    expect((await publish(lost)).body.error).toBe('code_invalid');
    expect((await ensureSetupCode(storage, new Date())).code).toBe(started.code);
    expect((await publish(started.code)).status).toBe(201);
  });
});
