import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSyncServers } from './syncServers';

const PIN = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';
const OTHER_PIN = 'A'.repeat(52);
const TRIP = '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const OTHER_TRIP = '0192f3c4-1a2b-7c3d-8e4f-000000000002';
const HOTEL = 'https://192.168.0.10:8787';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

async function fileIn(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'fieldbook-servers-'));
  folders.push(folder);
  return path.join(folder, 'userData', 'sync-servers.json');
}

const server = (tripId: string, origin: string, fingerprint: string | null, replace = false) => ({
  tripId,
  origin,
  fingerprint,
  replace,
});

describe('the trips’ sync servers', () => {
  it('knows none at first, and keeps each trip’s server with its pin across runs', async () => {
    const file = await fileIn();
    const first = await openSyncServers(file, fs);
    expect(first.find(TRIP, HOTEL)).toBeNull();
    expect(await first.configure(server(TRIP, HOTEL, PIN))).toBe('configured');
    expect(await first.configure(server(OTHER_TRIP, 'http://127.0.0.1:8787', null))).toBe('configured');
    const next = await openSyncServers(file, fs);
    expect(next.find(TRIP, HOTEL)).toEqual({ origin: HOTEL, fingerprint: PIN });
    expect(next.find(OTHER_TRIP, 'http://127.0.0.1:8787')).toEqual({
      origin: 'http://127.0.0.1:8787',
      fingerprint: null,
    });
    // Another port, another scheme, another trip's server: none of this trip's.
    expect(next.find(TRIP, 'https://192.168.0.10:8788')).toBeNull();
    expect(next.find(TRIP, 'http://127.0.0.1:8787')).toBeNull();
    expect(next.find(TRIP, 'not a url')).toBeNull();
    // Nothing is left beside the file.
    expect(await fs.readdir(path.dirname(file))).toEqual(['sync-servers.json']);
  });

  it('keeps a trip’s pin when another trip’s join code names a server at the same address', async () => {
    const file = await fileIn();
    const servers = await openSyncServers(file, fs);
    await servers.configure(server(TRIP, HOTEL, PIN));
    // Another hotel, the same address range: another trip's server.
    expect(await servers.configure(server(OTHER_TRIP, HOTEL, OTHER_PIN))).toBe('configured');
    expect(servers.find(TRIP, HOTEL)?.fingerprint).toBe(PIN);
    expect(servers.find(OTHER_TRIP, HOTEL)?.fingerprint).toBe(OTHER_PIN);
    expect((await openSyncServers(file, fs)).find(TRIP, HOTEL)?.fingerprint).toBe(PIN);
  });

  it('moves a trip to another server only when the user confirmed it: another pin, or unpinned, another address', async () => {
    const file = await fileIn();
    const servers = await openSyncServers(file, fs);
    await servers.configure(server(TRIP, HOTEL, PIN));
    expect(await servers.configure(server(TRIP, HOTEL, OTHER_PIN))).toBe('changed');
    expect(await servers.configure(server(TRIP, HOTEL, null))).toBe('changed');
    expect(servers.find(TRIP, HOTEL)?.fingerprint).toBe(PIN);
    // The same certificate at the hotel's next address is the same server.
    expect(await servers.configure(server(TRIP, 'https://10.0.0.7:8787', PIN))).toBe('configured');
    expect(servers.find(TRIP, 'https://10.0.0.7:8787')?.fingerprint).toBe(PIN);
    expect(servers.find(TRIP, HOTEL)).toBeNull();
    expect(await servers.configure(server(TRIP, HOTEL, OTHER_PIN, true))).toBe('configured');
    expect((await openSyncServers(file, fs)).find(TRIP, HOTEL)?.fingerprint).toBe(OTHER_PIN);

    await servers.configure(server(OTHER_TRIP, 'https://sync.stepi.re.kr', null));
    expect(await servers.configure(server(OTHER_TRIP, 'https://sync.example.org', null))).toBe('changed');
    expect(await servers.configure(server(OTHER_TRIP, 'https://Sync.STEPI.re.kr:443', null))).toBe('configured');
  });

  it('gives each trip, on its first request, the pin an older app kept for its address', async () => {
    const file = await fileIn();
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify({ servers: [{ origin: HOTEL, fingerprint: PIN }] }));
    const servers = await openSyncServers(file, fs);
    expect(servers.find(TRIP, HOTEL)).toEqual({ origin: HOTEL, fingerprint: PIN });
    expect(await servers.configure(server(TRIP, HOTEL, OTHER_PIN))).toBe('changed');
    expect(servers.find(TRIP, 'https://sync.example.org')).toBeNull();
  });

  it('starts with none from a file that is not the list, rather than guess a pin, and writes it anew', async () => {
    const file = await fileIn();
    await fs.mkdir(path.dirname(file), { recursive: true });
    for (const content of ['{"trips": {', `{"trips": {"${TRIP}": {"origin": "${HOTEL}", "fingerprint": "short"}}}`]) {
      await fs.writeFile(file, content);
      const servers = await openSyncServers(file, fs);
      expect(servers.find(TRIP, HOTEL)).toBeNull();
      await servers.configure(server(TRIP, HOTEL, PIN));
      expect((await openSyncServers(file, fs)).find(TRIP, HOTEL)?.fingerprint).toBe(PIN);
    }
  });

  it('leaves the old list whole when a write fails', async () => {
    const file = await fileIn();
    const first = await openSyncServers(file, fs);
    await first.configure(server(TRIP, HOTEL, PIN));
    const failing = await openSyncServers(file, {
      ...fs,
      rename: async () => {
        throw new Error('disk full');
      },
    });
    await expect(failing.configure(server(OTHER_TRIP, 'https://b.example', null))).rejects.toThrow('disk full');
    const again = await openSyncServers(file, fs);
    expect(again.find(TRIP, HOTEL)?.fingerprint).toBe(PIN);
    expect(again.find(OTHER_TRIP, 'https://b.example')).toBeNull();
    expect(await fs.readdir(path.dirname(file))).toEqual(['sync-servers.json']);
  });
});
