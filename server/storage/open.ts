import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lockDataFolder, makePrivate } from './dataFolder';
import { migrate, readMigrations } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Storage } from './storage';

/** PostgreSQL at a URL, or PGlite in the server's data folder (its `database/`, beside the folder's lock). */
export type StorageChoice = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

async function openChoice(choice: StorageChoice): Promise<Storage> {
  if (choice.kind === 'postgres') return openPostgres(choice.url);
  await mkdir(choice.dataDir, { recursive: true, mode: 0o700 });
  const unlock = await lockDataFolder(choice.dataDir);
  try {
    const storage = await openPglite(join(choice.dataDir, 'database'));
    // PGlite writes the files of a new database world-readable and writable, whatever the process's umask.
    await makePrivate(choice.dataDir);
    return {
      ...storage,
      async close() {
        await storage.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Opens the database the server was told to use and brings its schema up to date. */
export async function openStorage(choice: StorageChoice): Promise<{ storage: Storage; applied: string[] }> {
  const storage = await openChoice(choice);
  try {
    return { storage, applied: await migrate(storage, await readMigrations()) };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
