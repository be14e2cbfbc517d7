import { CALL_CHANNELS } from '@shared/ipc/channels';
import { InvalidPayloadError } from '@shared/ipc/dispatch';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../appOrigin';
import { appHandlers } from './app';
import { registerCalls, sendEvent, UntrustedSenderError } from './register';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

function setUp() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const menuLanguages: string[] = [];
  const handlers = appHandlers({ version: '1.2.3', platform: 'linux', setMenuLanguage: (l) => menuLanguages.push(l) });
  registerCalls(ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers, (url) => isAppUrl(url));
  const call = async (channel: string, payload: unknown, from = APP_ENTRY_URL) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url: from } } as unknown as IpcMainInvokeEvent, payload);
  };
  return { listeners, call, menuLanguages };
}

describe('IPC calls', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual([...CALL_CHANNELS].sort());
  });

  it('answers a valid call', async () => {
    const { call, menuLanguages } = setUp();
    expect(await call('app:getInfo', undefined)).toEqual({
      name: 'Fieldbook',
      version: '1.2.3',
      shell: 'desktop',
      platform: 'linux',
    });
    await call('app:setLanguage', { language: 'ja' });
    expect(menuLanguages).toEqual(['ja']);
  });

  it('rejects payloads that fail validation, before the handler runs', async () => {
    const { call, menuLanguages } = setUp();
    await expect(call('app:setLanguage', { language: 'fr' })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(call('app:setLanguage', 'ja')).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(call('app:setLanguage', undefined)).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(call('app:getInfo', { extra: true })).rejects.toBeInstanceOf(InvalidPayloadError);
    expect(menuLanguages).toEqual([]);
  });

  it('refuses calls from any page but the app', async () => {
    const { call, menuLanguages } = setUp();
    await expect(call('app:setLanguage', { language: 'ko' }, 'https://evil.example/')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
    await expect(call('app:getInfo', undefined, 'file:///tmp/page.html')).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(menuLanguages).toEqual([]);
  });
});

describe('IPC events', () => {
  it('sends menu commands that match the contract and refuses others', () => {
    const sent: unknown[] = [];
    const contents = { send: (...args: unknown[]) => sent.push(args) } as unknown as Pick<WebContents, 'send'>;
    sendEvent(contents, 'app:menuCommand', { command: 'setLanguage', language: 'ko' });
    expect(sent).toEqual([['app:menuCommand', { command: 'setLanguage', language: 'ko' }]]);
    expect(() => sendEvent(contents, 'app:menuCommand', { command: 'formatDisk' } as never)).toThrow();
    expect(sent).toHaveLength(1);
  });
});
