import path from 'node:path';
import type { BrowserWindow, Dialog, WebContents } from 'electron';
import type { ChooseSavePath } from './ipc/context';
import type { ChooseOpenPath } from './ipc/tripFiles';

const FILE_TYPES: Record<string, string> = {
  ics: 'iCalendar',
  pdf: 'PDF',
  docx: 'Word',
  html: 'HTML',
  md: 'Markdown',
  json: 'JSON',
  csv: 'CSV',
  txt: 'Text',
  fieldbook: 'Fieldbook',
};

interface SaveDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  windowOf: (contents: WebContents) => BrowserWindow | null;
  /** Where the dialog opens first (the user's Documents folder). */
  defaultFolder: () => string;
}

/** The native save dialog, attached to the window that asked, offering the file's own type. */
export function createSaveDialog({ dialog, windowOf, defaultFolder }: SaveDialogDeps): ChooseSavePath {
  return async (sender, suggestedName) => {
    const extension = path.extname(suggestedName).slice(1).toLowerCase();
    const options = {
      defaultPath: path.join(defaultFolder(), suggestedName),
      filters: [{ name: FILE_TYPES[extension] ?? extension, extensions: [extension] }],
    };
    const window = windowOf(sender);
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** The native open dialog for a trip's .fieldbook file, attached to the window that asked. */
export function createOpenDialog({
  dialog,
  windowOf,
  defaultFolder,
}: Omit<SaveDialogDeps, 'dialog'> & { dialog: Pick<Dialog, 'showOpenDialog'> }): ChooseOpenPath {
  return async (sender) => {
    const options = {
      defaultPath: defaultFolder(),
      properties: ['openFile' as const],
      filters: [{ name: FILE_TYPES.fieldbook ?? 'Fieldbook', extensions: ['fieldbook'] }],
    };
    const window = windowOf(sender);
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
