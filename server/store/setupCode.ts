import { newCode } from '../codes';
import type { Queryable, Storage } from '../storage/storage';

/**
 * How long a setup code publishes a trip: a day, long enough to start the
 * server in the morning and publish in the evening; a code read off a
 * screen or a log some day later publishes nothing.
 */
export const SETUP_CODE_MS = 24 * 60 * 60 * 1000;

/**
 * The waiting code is kept as itself, where tokens and invitations are kept
 * as hashes (codes.ts): a restarted server prints it again, so that a code
 * the organiser did not note down is not lost with the console it was
 * printed on. It opens no trip (it publishes a new one, once, for a day),
 * and whoever reads the database reads every trip already.
 */
const KEY = 'setup_code';
const MAKE = `INSERT INTO server_settings (key, value, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
  WHERE server_settings.updated_at <= $4 RETURNING key`;
const RENEW = `UPDATE server_settings SET value = $2, updated_at = $3 WHERE key = $1 AND updated_at <= $4 RETURNING key`;

/** The setup code waiting, until when it publishes, and whether it was made now or found waiting. */
export interface SetupCode {
  code: string;
  expiresAt: Date;
  made: boolean;
}

const expiry = (made: Date) => new Date(made.getTime() + SETUP_CODE_MS);

async function waiting(storage: Storage): Promise<SetupCode | null> {
  const [row] = await storage.query<{ value: string; updated_at: Date }>(
    'SELECT value, updated_at FROM server_settings WHERE key = $1',
    [KEY],
  );
  return row ? { code: row.value, expiresAt: expiry(row.updated_at), made: false } : null;
}

/**
 * At the server's start: the setup code a trip is published with, made when
 * none is waiting, the one waiting expired, or `replace` is asked. Two
 * processes starting at once make one code.
 */
export async function ensureSetupCode(storage: Storage, at: Date, replace = false): Promise<SetupCode> {
  const code = newCode();
  const replaceable = replace ? at : new Date(at.getTime() - SETUP_CODE_MS);
  if ((await storage.query(MAKE, [KEY, code, at, replaceable])).length > 0) {
    return { code, expiresAt: expiry(at), made: true };
  }
  // The one found waiting may have been used since: then the next is made.
  return (await waiting(storage)) ?? ensureSetupCode(storage, at, replace);
}

/**
 * While the server runs: replaces the waiting code once it expired, so the
 * organiser finds a fresh one printed; none when the last was used (the next
 * start makes the next trip's, as ever), so a running server never keeps a
 * code waiting that nobody asked for.
 */
export async function renewSetupCode(storage: Storage, at: Date): Promise<SetupCode | null> {
  const code = newCode();
  const expired = new Date(at.getTime() - SETUP_CODE_MS);
  if ((await storage.query(RENEW, [KEY, code, at, expired])).length > 0) {
    return { code, expiresAt: expiry(at), made: true };
  }
  return waiting(storage);
}

/** Uses up the waiting setup code if it is `code` (as normalizeCode writes it) and has not expired at `at`. */
export async function takeSetupCode(tx: Queryable, code: string, at: Date): Promise<'taken' | 'expired' | 'none'> {
  const [taken] = await tx.query<{ updated_at: Date }>(
    'DELETE FROM server_settings WHERE key = $1 AND value = $2 RETURNING updated_at',
    [KEY, code],
  );
  if (!taken) return 'none';
  // The caller's transaction is rolled back by the refusal: an expired code stays, for the server to replace.
  return expiry(taken.updated_at) > at ? 'taken' : 'expired';
}
