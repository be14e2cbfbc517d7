import { mkdir } from 'node:fs/promises';
import { migrate, readMigrations } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Storage } from './storage';

export type StorageChoice = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** Opens the database the server was told to use and brings its schema up to date. */
export async function openStorage(choice: StorageChoice): Promise<{ storage: Storage; applied: string[] }> {
  let storage: Storage;
  if (choice.kind === 'postgres') {
    storage = openPostgres(choice.url);
  } else {
    await mkdir(choice.dataDir, { recursive: true });
    storage = await openPglite(choice.dataDir);
  }
  try {
    return { storage, applied: await migrate(storage, await readMigrations()) };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
