import path from 'node:path';
import type { App } from 'electron';

/**
 * The folder where attachments are written to be opened by other
 * applications, and what those copies carry.
 */

/** What Windows' Attachment Manager writes beside a downloaded file: zone 3 is the Internet. */
export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\n';

/**
 * Marks a file as one that came from elsewhere, as a browser marks a
 * download: an attachment may be a handout from any host, and Office opens
 * marked files in Protected View with their macros blocked.
 */
export function createDownloadMark(deps: {
  platform: NodeJS.Platform;
  writeFile: (file: string, data: string) => Promise<void>;
  execFile: (command: string, args: string[]) => Promise<unknown>;
  now: () => Date;
}): (file: string) => Promise<void> {
  return async (file) => {
    if (deps.platform === 'win32') {
      // The Mark of the Web: an alternate data stream of the file (NTFS, as the user's app data is).
      await deps.writeFile(`${file}:Zone.Identifier`, ZONE_IDENTIFIER);
    } else if (deps.platform === 'darwin') {
      // The quarantine attribute browsers set: flags; when, in hexadecimal seconds; which app.
      const seconds = Math.floor(deps.now().getTime() / 1000).toString(16);
      await deps.execFile('/usr/bin/xattr', ['-w', 'com.apple.quarantine', `0081;${seconds};Fieldbook;`, file]);
    }
    // Linux has no such mark that desktop applications honour; LibreOffice asks before running macros anyway.
  };
}

/**
 * Empties the folder of opened copies (at start and at quit), so that they
 * neither pile up nor outlive the app. A copy still held open by another
 * application (Windows refuses to delete it) stays until the next start.
 */
export async function clearOpenedFiles(
  folder: string,
  // At quit the removal must be synchronous (fs.rmSync): the process does not wait for promises then.
  rm: (folder: string, options: { recursive: true; force: true }) => void | Promise<void>,
): Promise<void> {
  try {
    await rm(folder, { recursive: true, force: true });
  } catch {
    // Nothing to tell the user: the next start tries again.
  }
}

/**
 * The folder of opened copies over the app's life, for the first instance
 * (a second one, which quits at once, must not remove the copies the first
 * has open): the user's own temporary folder on Windows and macOS; on Linux,
 * where that is /tmp, shared with every user (who could make the folder
 * first), the app's own data folder. Emptied at start, before the first copy
 * is written (`makeFolder` waits for it), and at quit, synchronously: the
 * process does not wait for promises then.
 */
export function tidyOpenedFiles(
  app: Pick<App, 'getPath' | 'on'>,
  deps: {
    platform: NodeJS.Platform;
    rm: (folder: string, options: { recursive: true; force: true }) => Promise<void>;
    rmSync: (folder: string, options: { recursive: true; force: true }) => void;
    mkdir: (folder: string, options: { recursive: true }) => Promise<unknown>;
  },
): { folder: () => string; makeFolder: (folder: string) => Promise<unknown> } {
  const folder = () =>
    path.join(app.getPath(deps.platform === 'linux' ? 'userData' : 'temp'), 'Fieldbook opened files');
  const cleared = clearOpenedFiles(folder(), deps.rm);
  app.on('will-quit', () => void clearOpenedFiles(folder(), deps.rmSync));
  return {
    folder,
    makeFolder: async (inside) => {
      await cleared;
      return deps.mkdir(inside, { recursive: true });
    },
  };
}
