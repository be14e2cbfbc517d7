import { z } from 'zod';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays one code. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
 * A server certificate's fingerprint as the join code carries it
 * (docs/sync-protocol.md, section 8): the SHA-256 of the certificate's DER
 * bytes in Crockford's base 32, 52 characters. Hashing is left to each side
 * (Node's crypto in the server and the desktop app's main process).
 */
export const certificateFingerprint = z
  .string()
  .max(52)
  .regex(/^[0-9A-HJKMNP-TV-Z]{52}$/, 'not a certificate fingerprint');
