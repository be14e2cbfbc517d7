import { createHash, X509Certificate } from 'node:crypto';
import { base32 } from '@shared/sync/fingerprint';

/**
 * A certificate's fingerprint as the join code carries it (docs/sync-protocol.md,
 * section 8): the SHA-256 of the certificate's DER bytes in Crockford's base 32
 * (`shared/sync/fingerprint.ts`), 52 characters. A device that joined accepts no
 * other certificate from the server.
 */
export function fingerprintOfDer(der: Uint8Array): string {
  return base32(createHash('sha256').update(der).digest());
}

export function fingerprintOf(certificatePem: string): string {
  return fingerprintOfDer(new X509Certificate(certificatePem).raw);
}
