import { CALL_CHANNELS, type EventChannel } from '@shared/ipc/channels';
import { type EventPayload, ipcEvents } from '@shared/ipc/contract';
import { dispatchCall } from '@shared/ipc/dispatch';
import type { IpcMain, WebContents } from 'electron';
import type { MainHandlers } from './context';

/** Raised for a call from anything but the app's own page (a frame that navigated away, an injected frame). */
export class UntrustedSenderError extends Error {
  constructor(channel: string, url: string | undefined) {
    super(`Refused ${channel} from ${url ?? 'an unknown frame'}`);
    this.name = 'UntrustedSenderError';
  }
}

/**
 * Registers one handler per call of the contract. Each call is checked for
 * its sender, then its payload is validated before the handler runs.
 */
export function registerCalls(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: MainHandlers,
  isTrustedSender: (url: string | undefined) => boolean,
): void {
  for (const channel of CALL_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const url = event.senderFrame?.url;
      if (!isTrustedSender(url)) throw new UntrustedSenderError(channel, url);
      return dispatchCall(handlers, channel, payload, { sender: event.sender });
    });
  }
}

/** Sends an event of the contract to the renderer, validated like any payload. */
export function sendEvent<K extends EventChannel>(
  contents: Pick<WebContents, 'send'>,
  name: K,
  payload: EventPayload<K>,
): void {
  contents.send(name, ipcEvents[name].parse(payload));
}
