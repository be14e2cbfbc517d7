import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSyncServers } from './syncServers';

const PIN = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';
const OTHER_PIN = 'A'.repeat(52);

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

async function fileIn(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'fieldbook-servers-'));
  folders.push(folder);
  return path.join(folder, 'userData', 'sync-servers.json');
}

describe('the sync servers the user configured', () => {
  it('knows none at first, and keeps a configured one with its pin across runs', async () => {
    const file = await fileIn();
    const first = await openSyncServers(file, fs);
    expect(first.find('https://192.168.0.10:8787')).toBeNull();
    await first.configure({ origin: 'https://192.168.0.10:8787', fingerprint: PIN });
    await first.configure({ origin: 'http://127.0.0.1:8787', fingerprint: null });
    const next = await openSyncServers(file, fs);
    expect(next.find('https://192.168.0.10:8787')).toEqual({ origin: 'https://192.168.0.10:8787', fingerprint: PIN });
    expect(next.find('http://127.0.0.1:8787')).toEqual({ origin: 'http://127.0.0.1:8787', fingerprint: null });
    // Another port, another scheme: another server.
    expect(next.find('https://192.168.0.10:8788')).toBeNull();
    expect(next.find('http://192.168.0.10:8787')).toBeNull();
    expect(next.find('not a url')).toBeNull();
    // Nothing is left beside the file.
    expect(await fs.readdir(path.dirname(file))).toEqual(['sync-servers.json']);
  });

  it('takes one spelling of an origin for the same server', async () => {
    const servers = await openSyncServers(await fileIn(), fs);
    await servers.configure({ origin: 'https://sync.stepi.re.kr:443', fingerprint: null });
    expect(servers.find('https://sync.stepi.re.kr')).toEqual({ origin: 'https://sync.stepi.re.kr', fingerprint: null });
  });

  it('replaces the pin when the user joins the server again with a new join code, the last write winning', async () => {
    const file = await fileIn();
    const servers = await openSyncServers(file, fs);
    await Promise.all([
      servers.configure({ origin: 'https://10.0.0.2:8787', fingerprint: PIN }),
      servers.configure({ origin: 'https://10.0.0.2:8787', fingerprint: OTHER_PIN }),
    ]);
    expect(servers.find('https://10.0.0.2:8787')?.fingerprint).toBe(OTHER_PIN);
    expect((await openSyncServers(file, fs)).find('https://10.0.0.2:8787')?.fingerprint).toBe(OTHER_PIN);
  });

  it('starts with none from a file that is not the list, rather than guess a pin, and writes it anew', async () => {
    const file = await fileIn();
    await fs.mkdir(path.dirname(file), { recursive: true });
    for (const content of ['{"servers": [', '{"servers": [{"origin": "https://a.example", "fingerprint": "short"}]}']) {
      await fs.writeFile(file, content);
      const servers = await openSyncServers(file, fs);
      expect(servers.find('https://a.example')).toBeNull();
      await servers.configure({ origin: 'https://a.example', fingerprint: PIN });
      expect((await openSyncServers(file, fs)).find('https://a.example')?.fingerprint).toBe(PIN);
    }
  });

  it('leaves the old list whole when a write fails', async () => {
    const file = await fileIn();
    const first = await openSyncServers(file, fs);
    await first.configure({ origin: 'https://a.example', fingerprint: PIN });
    const failing = await openSyncServers(file, {
      ...fs,
      rename: async () => {
        throw new Error('disk full');
      },
    });
    await expect(failing.configure({ origin: 'https://b.example', fingerprint: null })).rejects.toThrow('disk full');
    const again = await openSyncServers(file, fs);
    expect(again.find('https://a.example')?.fingerprint).toBe(PIN);
    expect(again.find('https://b.example')).toBeNull();
    expect(await fs.readdir(path.dirname(file))).toEqual(['sync-servers.json']);
  });
});
