import { describe, expect, it } from 'vitest';
import { base32, certificateFingerprint } from './fingerprint';

describe('Crockford base 32', () => {
  it('writes bytes as RFC 4648 does in its own alphabet', () => {
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

  it('takes as a fingerprint 52 characters of the alphabet, the length of a SHA-256, and nothing else', () => {
    const fingerprint = base32(new Uint8Array(32).fill(0xa5));
    expect(fingerprint).toHaveLength(52);
    expect(certificateFingerprint.safeParse(fingerprint).success).toBe(true);
    for (const wrong of [
      fingerprint.slice(1),
      `${fingerprint}0`,
      fingerprint.toLowerCase(),
      `${fingerprint.slice(1)}U`,
      `${fingerprint.slice(1)}I`,
      '',
    ]) {
      expect(certificateFingerprint.safeParse(wrong).success, wrong).toBe(false);
    }
  });
});
