import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { App } from 'electron';
import type { MainHandlers } from './ipc/context';
import { openHandlers } from './ipc/open';
import { createDownloadMark, tidyOpenedFiles } from './openedFiles';

const execFileAsync = promisify(execFile);

/**
 * What main.ts hands to the IPC handlers for copies given to other
 * applications, bound to the real file system here rather than in main.ts
 * (which cannot run outside Electron) so that a test can check the whole
 * of it: the folder emptied at start and at quit, copies marked as
 * downloaded and read-only. Call it once, from the first instance only.
 */
export function wireOpenedFiles(
  app: Pick<App, 'getPath' | 'on'>,
  deps: {
    platform: NodeJS.Platform;
    /** Electron's shell.openPath: an error message, or '' when opened. */
    openPath: (file: string) => Promise<string>;
  },
): { handlers: Pick<MainHandlers, 'files:open'>; markDownloaded: (file: string) => Promise<void> } {
  const opened = tidyOpenedFiles(app, { platform: deps.platform, rm, rmSync, mkdir });
  const markDownloaded = createDownloadMark({
    platform: deps.platform,
    writeFile: (file, data) => writeFile(file, data),
    execFile: (command, args) => execFileAsync(command, args),
    now: () => new Date(),
  });
  const handlers = openHandlers({
    tempFolder: opened.folder,
    makeFolder: opened.makeFolder,
    writeFile: (file, data) => writeFile(file, data),
    markDownloaded,
    makeReadOnly: (file) => chmod(file, 0o444),
    openPath: deps.openPath,
  });
  return { handlers, markDownloaded };
}
