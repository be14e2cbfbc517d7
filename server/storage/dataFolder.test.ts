import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataFolder } from './dataFolder';

describe('the data folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fieldbook-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lets one server at a time use a data folder', async () => {
    const unlock = await lockDataFolder(dir);
    expect(await readFile(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    await expect(lockDataFolder(dir)).rejects.toThrow(`process ${process.pid}`);
    await unlock();
    await (await lockDataFolder(dir))();
  });

  it('takes over the lock of a server that was killed', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    await writeFile(join(dir, 'server.lock'), gone);
    const unlock = await lockDataFolder(dir);
    expect(await readFile(join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid));
    await unlock();
  });
});
