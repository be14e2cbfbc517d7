import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe } from 'vitest';
import { openPglite } from '../storage/pglite';
import { openPostgres } from '../storage/postgres';
import type { Storage } from '../storage/storage';

/**
 * The databases the server tests run against. PostgreSQL is the cluster whose URL is in
 * FIELDBOOK_TEST_POSTGRES_URL (`scripts/withPostgres.sh` starts one); each test file gets
 * databases of its own in it, so files run side by side.
 */
export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  /** An empty database, and its URL when other server processes can reach it. */
  open(): Promise<{ storage: Storage; url?: string }>;
}

const postgresUrl = process.env.FIELDBOOK_TEST_POSTGRES_URL;
// Under CI a missing PostgreSQL fails the tests; on a developer's machine they wait for `npm run test:server`.
const postgresMissing = !postgresUrl && !process.env.CI;

// A new PGlite database takes seconds to make, a copy of an empty one a fraction of that: the
// copy is kept in the temporary folder for every test file, each of which runs in a process of its own.
const pgliteEntry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
const { version } = JSON.parse(readFileSync(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8')) as {
  version: string;
};
const emptyFile = join(tmpdir(), `fieldbook-test-pglite-${version}.tar`);
let emptyPglite: Promise<Blob> | undefined;
const emptyCopy = () => {
  emptyPglite ??= (async () => {
    const kept = await readFile(emptyFile).catch(() => undefined);
    if (kept) return new Blob([kept]);
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    const partial = `${emptyFile}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, emptyFile);
    return dump;
  })();
  return emptyPglite;
};

export const pglite: Backend = {
  name: 'PGlite',
  open: async () => ({ storage: await openPglite(undefined, await emptyCopy()) }),
};

export const postgres: Backend = {
  name: 'PostgreSQL',
  async open() {
    if (!postgresUrl) {
      throw new Error(
        'FIELDBOOK_TEST_POSTGRES_URL is not set: under CI the PostgreSQL tests must run (.ci/run starts a cluster).',
      );
    }
    const name = `fieldbook_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    // A database name cannot be a parameter; this one is made here of hex digits only.
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    const storage = openPostgres(url.href);
    return {
      url: url.href,
      storage: {
        ...storage,
        async close() {
          await storage.close();
          const dropper = new pg.Client({ connectionString: postgresUrl });
          await dropper.connect();
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await dropper.end();
        },
      },
    };
  },
};

/** Tests only PostgreSQL can run: several server processes on one database. */
export function describeOnPostgres(title: string, tests: () => void): void {
  describe.skipIf(postgresMissing)(`${title} (PostgreSQL)`, tests);
}

/** Runs the same tests against each database; PostgreSQL's are left out only outside CI and without a cluster. */
export function describeEachBackend(title: string, tests: (backend: Backend) => void): void {
  describe(`${title} (PGlite)`, () => tests(pglite));
  describe.skipIf(postgresMissing)(`${title} (PostgreSQL)`, () => tests(postgres));
}
