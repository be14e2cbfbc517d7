import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

/**
 * Where the lock of a data folder listens: a socket in the folder, or on
 * Windows, where a local socket is a named pipe, a pipe named after it.
 */
export function lockAddress(dir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform !== 'win32') return join(dir, 'server.lock');
  return `\\\\.\\pipe\\fieldbook-${createHash('sha256').update(dir.toLowerCase()).digest('hex').slice(0, 32)}`;
}

/** The longest path a socket can have (macOS's 104 bytes, less its final NUL), less what a stale lock is moved to. */
const MAX_LOCK_PATH = 103 - '.01234567'.length;

/** How long a process that holds a lock may take to say so (a server busy in a long query answers late). */
const ANSWER_MS = 10_000;

/**
 * Who holds the lock at `address`, as it answers (`process 4242`); null when
 * nobody does: nobody listens, or the one listening died before it answered
 * (a killed process's socket takes connections until the kernel has torn it
 * down, then drops them). A holder that does not answer in time is taken to
 * be alive: a data folder is never shared on a guess.
 */
function holderOf(address: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect(address);
    let said = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('a process that does not answer');
    }, ANSWER_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      said += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(/^\d+$/.test(said) ? `process ${said}` : null);
    });
  });
}

const listen = (server: Server, address: string) =>
  new Promise<NodeJS.ErrnoException | null>((resolve) => {
    server.once('error', resolve);
    server.listen(address, () => {
      server.off('error', resolve);
      resolve(null);
    });
  });

/**
 * Takes away a lock nobody holds, unless it was taken meanwhile: it is moved
 * aside first (one step), then looked at where nobody else would take it; a
 * live one found there is put back.
 */
async function removeStale(address: string): Promise<void> {
  const aside = `${address}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(address, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await holderOf(aside)) === null) await rm(aside, { force: true });
  else await rename(aside, address);
}

/**
 * One server process per data folder: PGlite is one connection to files no
 * other process may write. The lock is a socket the server listens on and
 * answers with its process id: the kernel closes it when the process ends,
 * however it ends, so a crashed server's lock is known stale at once, and a
 * process that merely reuses its id after a reboot holds nothing.
 */
export async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  const address = lockAddress(dir);
  if (Buffer.byteLength(address) > MAX_LOCK_PATH && process.platform !== 'win32') {
    throw new Error(`The data folder's path is too long for its lock (at most ${MAX_LOCK_PATH} bytes): ${address}.`);
  }
  const server = createServer((socket) => socket.end(String(process.pid)));
  for (let attempt = 1; ; attempt++) {
    const refused = await listen(server, address);
    if (!refused) break;
    if (refused.code !== 'EADDRINUSE' || attempt === 5) throw refused;
    const holder = await holderOf(address);
    if (holder) throw new Error(`Another sync server (${holder}) uses the data folder ${dir}.`);
    // A named pipe goes with its process: there is nothing left behind to take away.
    if (process.platform !== 'win32') await removeStale(address);
  }
  // The server's own work keeps the process alive; the lock alone must not.
  server.unref();
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/**
 * The data folder, made or made private: the trip's notes and the server's
 * key are for the user running the server alone (0700 for the folders, 0600
 * for the files, whatever PGlite wrote them as).
 */
export async function makePrivate(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Modes are POSIX's; Windows keeps a user's files in a folder of their own.
  if (process.platform === 'win32') return;
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isDirectory() && !entry.isFile()) continue;
    await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o700 : 0o600).catch((error) => {
      // Gone since it was listed (a temporary file of the database's): nothing left to make private.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }
}
