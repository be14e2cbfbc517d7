import { isCallChannel, isEventChannel } from '@shared/ipc/channels';
import type { FieldbookBridge } from '@shared/ipc/contract';
import type { IpcRenderer, IpcRendererEvent } from 'electron';

/**
 * The bridge the preload exposes as window.fieldbook: only the contract's
 * channels, never ipcRenderer itself, and listeners receive the payload but
 * never the IPC event (which would give the page the sender object).
 */
export function createPreloadBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): FieldbookBridge {
  return {
    invoke(name, ...args) {
      if (!isCallChannel(name)) return Promise.reject(new Error(`Unknown call: ${String(name)}`));
      return ipc.invoke(name, args[0]);
    },
    on(name, listener) {
      if (!isEventChannel(name)) throw new Error(`Unknown event: ${String(name)}`);
      const forward = (_event: IpcRendererEvent, payload: unknown) =>
        listener(payload as Parameters<typeof listener>[0]);
      ipc.on(name, forward);
      return () => {
        ipc.removeListener(name, forward);
      };
    },
  };
}
