import { createHash, X509Certificate } from 'node:crypto';
import { CROCKFORD } from '../codes';

/** Bytes in Crockford's base 32, five bits a character, the last one padded with zero bits. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    // Never more than 12 bits are waiting: keep only those, so the number stays small.
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A certificate's fingerprint as the join code carries it (docs/sync-protocol.md,
 * section 8): the SHA-256 of the certificate's DER bytes in Crockford's base 32,
 * 52 characters. A device that joined accepts no other certificate from the server.
 */
export function fingerprintOfDer(der: Uint8Array): string {
  return base32(createHash('sha256').update(der).digest());
}

export function fingerprintOf(certificatePem: string): string {
  return fingerprintOfDer(new X509Certificate(certificatePem).raw);
}
