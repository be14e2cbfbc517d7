import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { type SyncServer, syncTarget } from '@shared/ipc/contract';
import { z } from 'zod';
import type { SyncTarget } from './syncTransport';

/**
 * The sync server of each trip this device published or joined, which the
 * main process reaches for the renderer, and no other; with the fingerprint
 * its certificate must have. A pin belongs to a trip, not to an address:
 * hotel networks hand out the same addresses, so a join code for another
 * trip's server at `192.168.0.10:8787` pins that trip, never this one. Kept
 * in a small JSON file in the app's data folder, so a pin outlives the run
 * that made it.
 */
export interface SyncServers {
  /** The trip's server, when it is at `origin` (any spelling of it); null otherwise. */
  find(tripId: string, origin: string): SyncTarget | null;
  /**
   * Keeps the trip's server. One other than the trip's (another certificate;
   * unpinned, another address) is kept only when the user confirmed the
   * change (`replace`): `changed`, and nothing kept, otherwise.
   */
  configure(server: SyncServer): Promise<'configured' | 'changed'>;
}

export interface SyncServersFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  open(file: string, flags: 'wx'): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
}

/**
 * `servers`: the pins of an app that kept them by address, each taken over
 * by the first trip that reaches that address (the pin that trip had then).
 */
const stored = z.object({
  trips: z.record(z.string(), syncTarget).default({}),
  servers: z.array(syncTarget).default([]),
});

/** One spelling per server: `https://Example.org:443/` and `https://example.org` are one. */
export function canonicalOrigin(origin: string): string {
  return new URL(origin).origin;
}

const sameOrigin = (a: string, b: string) => {
  try {
    return canonicalOrigin(a) === canonicalOrigin(b);
  } catch {
    return false;
  }
};

/** Another server than the one known: another pin; or, unpinned (its trust from HTTPS), another address. */
const isChange = (known: SyncTarget, next: SyncTarget) =>
  known.fingerprint !== next.fingerprint || (next.fingerprint === null && !sameOrigin(known.origin, next.origin));

/**
 * Reads the servers kept in `file`. A missing file is none; so is one that
 * cannot be read as the list (the user then joins again): the pins are not
 * guessed.
 */
export async function openSyncServers(file: string, fs: SyncServersFs): Promise<SyncServers> {
  let kept: z.output<typeof stored> = { trips: {}, servers: [] };
  try {
    kept = stored.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch (error) {
    const unreadable = error instanceof SyntaxError || error instanceof z.ZodError;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !unreadable) throw error;
  }
  const trips = new Map(Object.entries(kept.trips));

  /** Written whole beside the file, flushed, then renamed over it: a crash leaves the old list or the new one. */
  const write = async () => {
    const text = `${JSON.stringify({ trips: Object.fromEntries(trips), servers: kept.servers }, null, 2)}\n`;
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
  const keep = (tripId: string, server: SyncTarget) => {
    trips.set(tripId, { origin: canonicalOrigin(server.origin), fingerprint: server.fingerprint });
    writing = writing.catch(() => {}).then(write);
    return writing;
  };

  return {
    find: (tripId, origin) => {
      const known = trips.get(tripId);
      if (known) return sameOrigin(known.origin, origin) ? known : null;
      const older = kept.servers.find((server) => sameOrigin(server.origin, origin));
      if (!older) return null;
      void keep(tripId, older).catch(() => undefined);
      return trips.get(tripId) ?? null;
    },
    configure: async ({ tripId, origin, fingerprint, replace }) => {
      const known = trips.get(tripId);
      const next = { origin, fingerprint };
      if (known && isChange(known, next) && !replace) return 'changed';
      if (known?.fingerprint !== fingerprint || !sameOrigin(known.origin, origin)) await keep(tripId, next);
      return 'configured';
    },
  };
}
