import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Storage } from './storage';

/** A numbered step of the schema: `0001_initial.sql`. A released step never changes; a change is a new step. */
export interface Migration {
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);
const MIGRATION_NAME = /^\d{4}_[a-z0-9_]+\.sql$/;
// Any constant: the key of the lock that keeps two server processes from migrating one database at once.
const MIGRATION_LOCK = 4_807_211_996;

export async function readMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => MIGRATION_NAME.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(new URL(name, dir), 'utf8') })));
}

const checksumOf = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Brings the database to the last of `migrations`, in order, in one
 * transaction: the schema is the new one, or stays as it was. Refuses a
 * database written by a newer server, or one whose applied steps differ
 * from these files. Answers the names of the steps it applied.
 */
export async function migrate(storage: Storage, migrations: readonly Migration[]): Promise<string[]> {
  return storage.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = await tx.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations ORDER BY name',
    );
    const known = new Map(migrations.map((migration) => [migration.name, migration]));
    for (const step of applied) {
      const migration = known.get(step.name);
      if (!migration)
        throw new Error(
          `The database has schema step ${step.name}, which this server does not know: it was written by a newer server.`,
        );
      if (checksumOf(migration.sql) !== step.checksum)
        throw new Error(`Schema step ${step.name} changed after it was applied: a released step never changes.`);
    }
    const done = new Set(applied.map((step) => step.name));
    const pending = migrations.filter((migration) => !done.has(migration.name));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        checksumOf(migration.sql),
      ]);
    }
    return pending.map((migration) => migration.name);
  });
}
