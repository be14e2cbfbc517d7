import { hashSecret, newCode } from '../codes';
import type { Queryable, Storage } from '../storage/storage';

const KEY = 'setup_code_hash';
const INSERT_IF_NONE = `INSERT INTO server_settings (key, value, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO NOTHING RETURNING key`;
const REPLACE = `INSERT INTO server_settings (key, value, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at RETURNING key`;

/**
 * Makes the setup code a trip is published with, when none is waiting (or
 * `replace` is asked): the code itself is answered once, to be printed, and
 * only its hash is kept. Two processes starting at once make one code.
 */
export async function ensureSetupCode(
  storage: Storage,
  at: Date,
  replace = false,
): Promise<{ code: string } | { waitingSince: Date }> {
  const code = newCode();
  const made = await storage.query(replace ? REPLACE : INSERT_IF_NONE, [KEY, hashSecret(code), at]);
  if (made.length > 0) return { code };
  const [waiting] = await storage.query<{ updated_at: Date }>('SELECT updated_at FROM server_settings WHERE key = $1', [
    KEY,
  ]);
  return { waitingSince: waiting?.updated_at ?? at };
}

/** Uses up the waiting setup code if `codeHash` is its hash; false when it is not. */
export async function takeSetupCode(tx: Queryable, codeHash: string): Promise<boolean> {
  const taken = await tx.query('DELETE FROM server_settings WHERE key = $1 AND value = $2 RETURNING key', [
    KEY,
    codeHash,
  ]);
  return taken.length > 0;
}
