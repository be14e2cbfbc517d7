import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../test/harness';
import { setupCodeOf, startProcess } from '../test/process';
import { lockAddress, lockDataFolder } from './dataFolder';

describe('the data folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fieldbook-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lets one server at a time use a data folder, and names the one that does', async () => {
    const unlock = await lockDataFolder(dir);
    await expect(lockDataFolder(dir)).rejects.toThrow(`Another sync server (process ${process.pid})`);
    await unlock();
    await (await lockDataFolder(dir))();
  });

  it('lets a server killed with SIGKILL be started again at once, its data whole', async () => {
    const first = await startProcess({ FIELDBOOK_DATA: dir });
    const tripId = v7();
    const published = await call(first.url, 'POST', '/trips', {
      body: { setupCode: setupCodeOf(first), tripId, memberId: v7(), deviceName: 'Laptop' },
    });
    expect(published.status).toBe(201);
    const gone = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    // At once: before this process has even heard that the server died.
    await (await lockDataFolder(dir))();
    await gone;
    const second = await startProcess({ FIELDBOOK_DATA: dir });
    try {
      const devices = await call(second.url, 'GET', `/trips/${tripId}/devices`, { token: published.body.token });
      expect(devices.status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('takes over a lock that names a live process which is no server (its id reused after a reboot)', async () => {
    const unrelated = spawn('sleep', ['60']);
    try {
      await writeFile(join(dir, 'server.lock'), String(unrelated.pid));
      await (await lockDataFolder(dir))();
    } finally {
      unrelated.kill();
    }
  });

  it('refuses a data folder whose path no socket can have, saying so, rather than lock another', async () => {
    const deep = join(dir, 'x'.repeat(120));
    await expect(lockDataFolder(deep)).rejects.toThrow(/too long for its lock/);
  });

  it('names a pipe after the folder on Windows, the same for any spelling of its letters', () => {
    expect(lockAddress('C:\\Fieldbook\\data', 'win32')).toBe(lockAddress('c:\\fieldbook\\DATA', 'win32'));
    expect(lockAddress('C:\\Fieldbook\\data', 'win32')).toMatch(/^\\\\\.\\pipe\\fieldbook-[0-9a-f]{32}$/);
    expect(lockAddress('/srv/fieldbook', 'linux')).toBe('/srv/fieldbook/server.lock');
  });
});
