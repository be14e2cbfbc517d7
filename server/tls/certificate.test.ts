import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROTOCOL } from '@shared/sync/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { listen } from '../serve';
import { noStorage } from '../test/harness';
import { infoPinned } from '../test/pinned';
import { loadOrMakeCertificate } from './certificate';

describe('the certificate the server makes itself', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fieldbook-tls-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is made once, kept with its key readable by the server alone, and names its addresses', async () => {
    const made = await loadOrMakeCertificate(join(dir, 'tls'), ['192.168.0.10']);
    const again = await loadOrMakeCertificate(join(dir, 'tls'), ['10.0.0.2']);
    expect(again).toEqual(made);
    expect((await stat(join(dir, 'tls', 'key.pem'))).mode & 0o777).toBe(0o600);
    const x509 = new X509Certificate(made.cert);
    expect(x509.subjectAltName).toContain('IP Address:192.168.0.10');
    expect(Date.parse(x509.validTo) - Date.now()).toBeGreaterThan(9 * 365 * 24 * 60 * 60 * 1000);
  });

  it('serves HTTPS that a device pinning the fingerprint reaches, and one pinning another refuses', async () => {
    const certificate = await loadOrMakeCertificate(join(dir, 'tls'), []);
    const server = await listen(createApp({ storage: noStorage, name: '도쿄' }), 0, '127.0.0.1', certificate);
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(await infoPinned(server.url, certificate.fingerprint)).toMatchObject({ protocol: PROTOCOL, name: '도쿄' });
      const other = await loadOrMakeCertificate(join(dir, 'other'), []);
      await expect(infoPinned(server.url, other.fingerprint)).rejects.toThrow('certificate changed');
    } finally {
      await server.close();
    }
  });
});
