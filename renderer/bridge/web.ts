import { ATTACHMENT_CHUNK_BYTES, type FieldbookBridge } from '@shared/ipc/contract';
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
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  fieldbook: 'application/zip',
};

function mimeTypeOf(name: string): string {
  return MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** A browser has no save dialog of its own: the file goes the way of any download. */
function download(name: string, parts: BlobPart[]): void {
  const blob = new Blob(parts, { type: mimeTypeOf(name) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The browser's file chooser, as a click on a hidden file input; null when the user closes it choosing nothing. */
function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/**
 * The bridge for `npm run web`: the same contract as the desktop preload,
 * served by the browser, with the same validation as the main process.
 */
export function createWebBridge(version: string): FieldbookBridge {
  /** Attachments' copies and trips' files being saved: the chunks wait here until the download. */
  const saves = new Map<string, { name: string; parts: Uint8Array<ArrayBuffer>[] }>();
  /** Files the user chose to read, by the handle the page reads them with. */
  const opened = new Map<string, File>();
  const claim = (handle: string) => {
    const save = saves.get(handle);
    if (!save) throw new Error('No such save under way');
    return save;
  };
  // A save in chunks keeps the file's pieces until it is whole, then downloads it: a browser has no file to write into.
  const begin = ({ suggestedName }: { suggestedName: string }) => {
    const handle = crypto.randomUUID();
    saves.set(handle, { name: suggestedName, parts: [] });
    return { outcome: 'chosen' as const, handle };
  };
  const chunk = ({ handle, bytes }: { handle: string; bytes: Uint8Array }): undefined => {
    claim(handle).parts.push(bytes.slice());
  };
  const end = ({ handle }: { handle: string }) => {
    const { name, parts } = claim(handle);
    saves.delete(handle);
    download(name, parts);
    return { fileName: name };
  };
  const abort = ({ handle }: { handle: string }): undefined => {
    saves.delete(handle);
  };
  const handlers: CallHandlers = {
    'app:getInfo': () => ({ name: 'Fieldbook', version, shell: 'web', platform: navigator.platform }),
    // A browser tab has no native menu to translate.
    'app:setLanguage': () => undefined,
    // A browser asks the user itself, and shows while the page holds the camera.
    'camera:allow': () => undefined,
    'files:save': ({ suggestedName, content }) => {
      download(suggestedName, [content.kind === 'text' ? content.text : content.bytes.slice()]);
      return { outcome: 'saved', fileName: suggestedName };
    },
    // A browser opens what it can show in a tab of its own and downloads anything else; either way it
    // took the file. (window.open with noopener answers null even when it opened the tab.)
    'files:open': ({ fileName, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeTypeOf(fileName) }));
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { opened: true };
    },
    'attachments:saveBegin': begin,
    'attachments:saveChunk': chunk,
    'attachments:saveEnd': end,
    'attachments:saveAbort': abort,
    'tripFiles:saveBegin': begin,
    'tripFiles:saveChunk': chunk,
    'tripFiles:saveEnd': end,
    'tripFiles:saveAbort': abort,
    'tripFiles:openBegin': async () => {
      const file = await chooseFile('.fieldbook');
      if (!file) return { outcome: 'cancelled' };
      const handle = crypto.randomUUID();
      opened.set(handle, file);
      return { outcome: 'chosen', handle, fileName: file.name, size: file.size };
    },
    'tripFiles:readChunk': async ({ handle, offset }) => {
      const file = opened.get(handle);
      if (!file) throw new Error('No such file open');
      return new Uint8Array(await file.slice(offset, offset + ATTACHMENT_CHUNK_BYTES).arrayBuffer());
    },
    'tripFiles:openEnd': ({ handle }) => {
      opened.delete(handle);
    },
    // A page cannot print itself to a PDF it can read: the contents goes without page numbers in a browser.
    'print:pageNumbers': () => [],
    // The browser's own way to a PDF: its print dialog, with "Save as PDF".
    'print:savePdf': () => {
      window.print();
      return { outcome: 'printDialog' };
    },
    // A page in a browser reaches only its own origin (its CSP), where the sync server serves it, with the
    // browser's fetch (syncFetch.ts): there is no list of servers to keep, and no request to make here.
    'sync:configureServer': () => 'configured',
    'sync:request': () => {
      throw new Error('In a browser the page reaches its server with fetch (renderer/bridge/syncFetch.ts)');
    },
  };
  return {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0], undefined),
    // The browser has no application menu, so no menu command ever arrives.
    on: () => () => {},
  };
}
