import type { FieldbookBridge } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall } from '@shared/ipc/dispatch';

/**
 * The bridge for `npm run web`: the same contract as the desktop preload,
 * served by the browser, with the same validation as the main process.
 */
export function createWebBridge(version: string): FieldbookBridge {
  const handlers: CallHandlers = {
    'app:getInfo': () => ({ name: 'Fieldbook', version, shell: 'web', platform: navigator.platform }),
    // A browser tab has no native menu to translate.
    'app:setLanguage': () => undefined,
  };
  return {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0]),
    // The browser has no application menu, so no menu command ever arrives.
    on: () => () => {},
  };
}
