import type { FieldbookBridge, FileContent } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall } from '@shared/ipc/dispatch';

const MIME_TYPES: Record<string, string> = {
  ics: 'text/calendar;charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

function mimeTypeOf(name: string): string {
  return MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** A browser has no save dialog of its own: the file goes the way of any download. */
function download(name: string, content: FileContent): void {
  const type = mimeTypeOf(name);
  const blob = new Blob([content.kind === 'text' ? content.text : content.bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The bridge for `npm run web`: the same contract as the desktop preload,
 * served by the browser, with the same validation as the main process.
 */
export function createWebBridge(version: string): FieldbookBridge {
  const handlers: CallHandlers = {
    'app:getInfo': () => ({ name: 'Fieldbook', version, shell: 'web', platform: navigator.platform }),
    // A browser tab has no native menu to translate.
    'app:setLanguage': () => undefined,
    'files:save': ({ suggestedName, content }) => {
      download(suggestedName, content);
      return { outcome: 'saved', fileName: suggestedName };
    },
    // A browser opens what it can show in a tab of its own; anything else it downloads.
    'files:open': ({ fileName, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeTypeOf(fileName) }));
      const opened = window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { opened: opened !== null };
    },
    // The browser's own way to a PDF: its print dialog, with "Save as PDF".
    'print:savePdf': () => {
      window.print();
      return { outcome: 'printDialog' };
    },
  };
  return {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0], undefined),
    // The browser has no application menu, so no menu command ever arrives.
    on: () => () => {},
  };
}
