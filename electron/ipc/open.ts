import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { MainHandlers } from './context';

interface OpenDeps {
  /** A folder of the app's own for files handed to other applications. */
  tempFolder: () => string;
  makeFolder: (folder: string) => Promise<unknown>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  /** Marks the copy as a download (see createDownloadMark); a copy that cannot be marked is not opened. */
  markDownloaded: (file: string) => Promise<void>;
  makeReadOnly: (file: string) => Promise<void>;
  /** The system's "open with the default application"; answers an error message, or '' when opened. */
  openPath: (file: string) => Promise<string>;
}

/**
 * files:open: an attachment (already limited by the contract to documents
 * and images) is written under its own name to a fresh folder inside the
 * app's folder for opened files, marked as downloaded, made read-only, and
 * opened with the system's application for it.
 */
export function openHandlers(deps: OpenDeps): Pick<MainHandlers, 'files:open'> {
  return {
    'files:open': async ({ fileName, bytes }) => {
      const folder = path.join(deps.tempFolder(), randomUUID());
      await deps.makeFolder(folder);
      const file = path.join(folder, fileName);
      await deps.writeFile(file, bytes);
      await deps.markDownloaded(file);
      // Edits in the other application go through "Save As" to a place the user chooses, never into
      // this folder, which the app empties at quit.
      await deps.makeReadOnly(file);
      return { opened: (await deps.openPath(file)) === '' };
    },
  };
}
