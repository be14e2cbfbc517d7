import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CROCKFORD } from '@shared/sync/fingerprint';

/**
 * Secrets the server hands out (docs/sync-protocol.md, section 8), and the
 * one way they are stored: the hex of their SHA-256, never themselves (but
 * the setup code waiting, which publishes a trip and opens none: store/setupCode.ts).
 */

const CODE_LENGTH = 9;
const CODE_SPLIT = 4;

/** A code of nine random Crockford base-32 characters in two groups, `K7QM-2X9PA` (45 bits). */
export function newCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');
  return `${chars.slice(0, CODE_SPLIT)}-${chars.slice(CODE_SPLIT)}`;
}

/**
 * A code as typed, in the form it was made, or null when it cannot be one:
 * case, spaces and hyphens do not matter, and the letters Crockford reads
 * as digits (I and L as 1, O as 0) are read so.
 */
export function normalizeCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (chars.length !== CODE_LENGTH || [...chars].some((char) => !CROCKFORD.includes(char))) return null;
  return `${chars.slice(0, CODE_SPLIT)}-${chars.slice(CODE_SPLIT)}`;
}

/** A device's token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** What is stored of a token or a code. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
