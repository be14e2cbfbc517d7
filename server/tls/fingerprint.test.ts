import { X509Certificate } from 'node:crypto';
import { base32 } from '@shared/sync/fingerprint';
import { generate } from 'selfsigned';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, fingerprintOfDer } from './fingerprint';

describe('certificate fingerprints', () => {
  it('is the SHA-256 of the certificate, 52 characters, the same from its PEM and from the bytes a connection shows', async () => {
    const { cert } = await generate([{ name: 'commonName', value: 'test' }], { keyType: 'ec', algorithm: 'sha256' });
    const x509 = new X509Certificate(cert);
    const fingerprint = fingerprintOf(cert);
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{52}$/);
    expect(fingerprintOfDer(x509.raw)).toBe(fingerprint);
    // Node's own SHA-256 fingerprint, hex with colons, is the same 32 bytes.
    expect(base32(Buffer.from(x509.fingerprint256.replaceAll(':', ''), 'hex'))).toBe(fingerprint);
    const other = await generate([{ name: 'commonName', value: 'test' }], { keyType: 'ec', algorithm: 'sha256' });
    expect(fingerprintOf(other.cert)).not.toBe(fingerprint);
  });
});
