import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { fingerprintOf } from './fingerprint';

export interface Certificate {
  key: string;
  cert: string;
  fingerprint: string;
}

const YEARS_VALID = 10;

/**
 * The certificate the server serves HTTPS with on a network the delegation
 * does not control, made on the first start and kept in `dir`: devices pin
 * its fingerprint when they join, so it must stay the same across starts
 * (and for longer than any trip). `addresses` are the IP addresses it names.
 */
export async function loadOrMakeCertificate(dir: string, addresses: readonly string[]): Promise<Certificate> {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  try {
    const [key, cert] = await Promise.all([readFile(keyFile, 'utf8'), readFile(certFile, 'utf8')]);
    return { key, cert, fingerprint: fingerprintOf(cert) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + YEARS_VALID);
  const made = await generate([{ name: 'commonName', value: 'Fieldbook sync server' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...['127.0.0.1', ...addresses].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never over a certificate another server process (on one PostgreSQL) made meanwhile; that one is read.
    await writeFile(keyFile, made.private, { mode: 0o600, flag: 'wx' });
    await writeFile(certFile, made.cert, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrMakeCertificate(dir, addresses);
    throw error;
  }
  return { key: made.private, cert: made.cert, fingerprint: fingerprintOf(made.cert) };
}
