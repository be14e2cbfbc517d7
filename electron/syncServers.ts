import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncServer } from '@shared/ipc/contract';
import { z } from 'zod';
import type { SyncTarget } from './syncTransport';

/**
 * The sync servers the user published a trip to or joined, which the main
 * process reaches for the renderer, and no other; with the fingerprint each
 * one's certificate must have. Kept in a small JSON file in the app's data
 * folder, so a pin outlives the run that made it.
 */
export interface SyncServers {
  /** The configured server at `origin` (any spelling of it), or null. */
  find(origin: string): SyncTarget | null;
  /** Adds a server, or replaces its pin (the user joined it again with a new join code). */
  configure(server: SyncTarget): Promise<void>;
}

export interface SyncServersFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  open(file: string, flags: 'wx'): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
}

const stored = z.object({ servers: z.array(syncServer) });

/** One spelling per server: `https://Example.org:443/` and `https://example.org` are one. */
export function canonicalOrigin(origin: string): string {
  return new URL(origin).origin;
}

/**
 * Reads the servers kept in `file`. A missing file is none; so is one that
 * cannot be read as the list (the user then joins again): the pins are not
 * guessed.
 */
export async function openSyncServers(file: string, fs: SyncServersFs): Promise<SyncServers> {
  const servers = new Map<string, SyncTarget>();
  try {
    const parsed = stored.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    for (const server of parsed.data?.servers ?? []) {
      servers.set(canonicalOrigin(server.origin), { ...server, origin: canonicalOrigin(server.origin) });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }

  /** Written whole beside the file, flushed, then renamed over it: a crash leaves the old list or the new one. */
  const write = async () => {
    const text = `${JSON.stringify({ servers: [...servers.values()] }, null, 2)}\n`;
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    try {
      const handle = await fs.open(temporary, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, file);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  };
  // One write at a time, in the order the changes were made.
  let writing: Promise<void> = Promise.resolve();

  return {
    find: (origin) => {
      try {
        return servers.get(canonicalOrigin(origin)) ?? null;
      } catch {
        return null;
      }
    },
    configure: (server) => {
      const origin = canonicalOrigin(server.origin);
      const known = servers.get(origin);
      if (known && known.fingerprint === server.fingerprint) return writing;
      servers.set(origin, { origin, fingerprint: server.fingerprint });
      writing = writing.catch(() => {}).then(write);
      return writing;
    },
  };
}
