import type { FieldbookBridge } from '@shared/ipc/contract';
import { createWebBridge } from './web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser tab. */
    fieldbook?: FieldbookBridge;
  }
}

/** The desktop preload's bridge when there is one, else the browser's. */
export const bridge: FieldbookBridge = window.fieldbook ?? createWebBridge(__APP_VERSION__);
