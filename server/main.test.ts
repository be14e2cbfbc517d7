import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROTOCOL } from '@shared/sync/client';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './storage/storage';
import { describeOnPostgres, postgres } from './test/backends';
import { call, changesOf, joinAs, push, type TestDevice, withKey, withoutBundle, withoutSeq } from './test/harness';
import { infoPinned } from './test/pinned';
import { type ServerProcess, setupCodeOf, startProcess } from './test/process';
import { fingerprintOf } from './tls/fingerprint';

const pull = async (url: string, device: TestDevice) =>
  (await call(url, 'GET', `/trips/${device.tripId}/changes`, { token: device.token })).body.changes.map(withoutSeq);

describe('npm run server, with PGlite in its data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fieldbook-server-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints where it is and a setup code, keeps the trip across a restart, and lets one process use the folder', async () => {
    const first = await startProcess({ FIELDBOOK_DATA: dir });
    expect(first.output()).toContain(`Data: PGlite in ${dir}`);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Anyone may ask: it says which protocol, never which computer.
    expect((await call(first.url, 'GET', '/info')).body).toMatchObject({ protocol: PROTOCOL, name: 'Fieldbook' });
    const tripId = v7();
    const memberId = v7();
    const published = await call(first.url, 'POST', '/trips', {
      body: { setupCode: setupCodeOf(first), tripId, memberId, deviceName: 'Laptop' },
    });
    expect(published.status).toBe(201);
    const organiser = await withKey(first, published.body);
    const roster = changesOf(organiser, 'members', memberId, { name: '박연구', role: 'organiser' });
    expect((await push(first, organiser, roster)).status).toBe(200);

    await expect(startProcess({ FIELDBOOK_DATA: dir })).rejects.toThrow(/Another sync server \(process \d+\)/);
    expect(await first.stop()).toBe(0);

    const second = await startProcess({ FIELDBOOK_DATA: dir });
    try {
      expect(second.output()).not.toContain('Schema steps applied');
      // The first code was used: the server makes the next trip's.
      expect(setupCodeOf(second)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{5}$/);
      expect((await pull(second.url, organiser)).map(withoutBundle)).toEqual(roster);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('prints the setup code still waiting again when restarted, and that code publishes', async () => {
    const first = await startProcess({ FIELDBOOK_DATA: dir });
    const waiting = setupCodeOf(first);
    expect(await first.stop()).toBe(0);

    const second = await startProcess({ FIELDBOOK_DATA: dir });
    try {
      expect(setupCodeOf(second)).toBe(waiting);
      const published = await call(second.url, 'POST', '/trips', {
        body: { setupCode: waiting, tripId: v7(), memberId: v7(), deviceName: 'Laptop' },
      });
      expect(published.status).toBe(201);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('keeps its data folder to its user: folders 0700, files 0600, the database’s and the certificate’s', async () => {
    const server = await startProcess({ FIELDBOOK_DATA: dir, FIELDBOOK_TLS: 'self-signed' });
    await server.stop();
    const modes = new Set<string>();
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const mode = (await stat(join(entry.parentPath, entry.name))).mode & 0o777;
      modes.add(`${entry.isDirectory() ? 'folder' : 'file'} ${mode.toString(8)}`);
    }
    expect([`folder ${((await stat(dir)).mode & 0o777).toString(8)}`, ...[...modes].sort()]).toEqual([
      'folder 700',
      'file 600',
      'folder 700',
    ]);
  }, 60_000);

  it('serves HTTPS with the certificate it made in its data folder when asked, and prints its fingerprint', async () => {
    // The folder of the test before, if it ran: opening a database is quicker than making one.
    const server = await startProcess({ FIELDBOOK_DATA: dir, FIELDBOOK_TLS: 'self-signed' });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const fingerprint = fingerprintOf(await readFile(join(dir, 'tls', 'cert.pem'), 'utf8'));
      expect(server.output()).toContain(`Certificate fingerprint (devices accept no other): ${fingerprint}`);
      expect(await infoPinned(server.url, fingerprint)).toMatchObject({ protocol: PROTOCOL });
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describeOnPostgres('two server processes on one database', () => {
  let storage: Storage;
  let url: string;
  let servers: ServerProcess[] = [];
  beforeAll(async () => {
    const opened = await postgres.open();
    storage = opened.storage;
    url = opened.url ?? '';
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await storage?.close();
  });

  it('make one setup code between them, and their clients all get every change', async () => {
    servers = await Promise.all([startProcess({ DATABASE_URL: url }), startProcess({ DATABASE_URL: url })]);
    const [a, b] = servers as [ServerProcess, ServerProcess];
    // One made it, the other found it waiting: both print it.
    const codes = [...new Set(servers.map(setupCodeOf))];
    expect(codes).toHaveLength(1);

    const tripId = v7();
    const organiserId = v7();
    const memberId = v7();
    const published = await call(b.url, 'POST', '/trips', {
      body: { setupCode: codes[0], tripId, memberId: organiserId, deviceName: 'Laptop' },
    });
    const organiser = await withKey(b, published.body);
    const roster = [
      ...changesOf(organiser, 'members', organiserId, { name: '박연구', role: 'organiser' }),
      ...changesOf(organiser, 'members', memberId, { name: '김민수', role: 'member' }),
    ];
    await push(a, organiser, roster);
    const member = await joinAs(b, organiser, memberId);

    const answerId = v7();
    const fromA = changesOf(organiser, 'checklistAnswers', answerId, { 'body/text': '예산 1/4', 'body/lang': 'ko' });
    const fromB = changesOf(member, 'checklistAnswers', answerId, { 'body/translations/ja': '予算の4分の1' });
    await Promise.all([push(a, organiser, fromA), push(b, member, fromB)]);
    const seenOnA = await pull(a.url, member);
    const seenOnB = await pull(b.url, organiser);
    expect(seenOnA).toEqual(seenOnB);
    expect(seenOnA.map((change: { id: string }) => change.id).sort()).toEqual(
      [...roster, ...fromA, ...fromB].map((change) => change.id).sort(),
    );
  }, 60_000);
});
