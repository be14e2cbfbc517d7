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
