import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One server process per data folder: PGlite is one connection to files no
 * other process may write. The lock is a file naming the process holding
 * it; a lock whose process is gone (the server was killed) is taken over.
 */
export async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, 'server.lock');
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(file, 'utf8').catch(() => ''));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(`Another sync server (process ${holder}) uses the data folder ${dir}.`);
    }
    await rm(file, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
