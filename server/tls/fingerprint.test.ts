import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { describe, expect, it } from 'vitest';
import { base32, fingerprintOf, fingerprintOfDer } from './fingerprint';

describe('certificate fingerprints', () => {
  it('writes bytes in Crockford base 32, as RFC 4648 does in its own alphabet', () => {
    // RFC 4648's vectors ("MZXW6YTBOI" for "foobar") with its alphabet mapped to Crockford's.
    const rfc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const inCrockford = (text: string) => [...text].map((char) => crockford[rfc.indexOf(char)]).join('');
    const vectors = {
      '': '',
      f: 'MY',
      fo: 'MZXQ',
      foo: 'MZXW6',
      foob: 'MZXW6YQ',
      fooba: 'MZXW6YTB',
      foobar: 'MZXW6YTBOI',
    };
    for (const [text, encoded] of Object.entries(vectors)) {
      expect(base32(new TextEncoder().encode(text))).toBe(inCrockford(encoded));
    }
  });

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
