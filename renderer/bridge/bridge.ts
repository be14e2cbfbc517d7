import type { FieldbookBridge } from '@shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser tab. */
    fieldbook?: FieldbookBridge;
  }
}

/**
 * The browser's bridge (web.ts), its code (the contract's validation) loaded
 * with its first use: the desktop app never needs it, and a browser's first
 * screen waits for no call.
 */
function webBridge(): FieldbookBridge {
  let loaded: Promise<FieldbookBridge> | null = null;
  const load = () => {
    loaded ??= import('./web').then(({ createWebBridge }) => createWebBridge(__APP_VERSION__));
    return loaded;
  };
  return {
    invoke: async (name, ...args) => (await load()).invoke(name, ...args),
    on: (name, listener) => {
      let off: (() => void) | null = null;
      let listening = true;
      void load().then((web) => {
        if (listening) off = web.on(name, listener);
      });
      return () => {
        listening = false;
        off?.();
      };
    },
  };
}

/** The desktop preload's bridge when there is one, else the browser's. */
export const bridge: FieldbookBridge = window.fieldbook ?? webBridge();
