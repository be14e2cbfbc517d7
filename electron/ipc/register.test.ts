import { CALL_CHANNELS } from '@shared/ipc/channels';
import { ATTACHMENT_CHUNK_BYTES } from '@shared/ipc/contract';
import { InvalidPayloadError } from '@shared/ipc/dispatch';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../appOrigin';
import { appHandlers } from './app';
import { attachmentSaveHandlers } from './attachments';
import { cameraHandlers } from './camera';
import type { MainHandlers } from './context';
import { fileHandlers } from './files';
import { openHandlers } from './open';
import { printHandlers } from './print';
import { registerCalls, sendEvent, UntrustedSenderError } from './register';
import { syncHandlers } from './sync';
import { tripFileHandlers } from './tripFiles';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

function setUp(overrides: Partial<MainHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const menuLanguages: string[] = [];
  const cameras: [WebContents, boolean][] = [];
  const written: string[] = [];
  const files = { choosePath: async () => '/tmp/out', writeFile: async (path: string) => void written.push(path) };
  const savesAsked: string[] = [];
  const untouchable = async () => {
    throw new Error('no file system here');
  };
  const handlers = {
    ...appHandlers({ version: '1.2.3', platform: 'linux', setMenuLanguage: (l) => menuLanguages.push(l) }),
    ...cameraHandlers({ allow: (contents, open) => void cameras.push([contents, open]) }),
    ...fileHandlers(files),
    ...printHandlers(files),
    ...openHandlers({
      tempFolder: () => '/tmp',
      makeFolder: async () => {},
      writeFile: async (path: string) => void written.push(path),
      markDownloaded: async () => {},
      makeReadOnly: async () => {},
      openPath: async () => '',
    }),
    ...attachmentSaveHandlers({
      choosePath: async (_sender, name) => {
        savesAsked.push(name);
        return null;
      },
      fs: { open: untouchable, rename: untouchable, rm: untouchable },
      markDownloaded: untouchable,
    }),
    ...tripFileHandlers({
      choosePath: async (_sender, name) => {
        savesAsked.push(name);
        return null;
      },
      chooseOpenPath: async () => null,
      fs: { open: untouchable, rename: untouchable, rm: untouchable },
    }),
    ...syncHandlers({
      servers: Promise.resolve({ find: () => null, configure: untouchable }),
      send: untouchable,
    }),
    ...overrides,
  };
  registerCalls(ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers, (url) => isAppUrl(url));
  /** The window every call comes from. */
  const sender = { id: 1 } as WebContents;
  const call = async (channel: string, payload: unknown, from = APP_ENTRY_URL) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ sender, senderFrame: { url: from } } as unknown as IpcMainInvokeEvent, payload);
  };
  return { listeners, call, sender, menuLanguages, cameras, written, savesAsked };
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

  it('opens and closes the camera of the window that asks, for a plain yes or no alone', async () => {
    const { call, sender, cameras } = setUp();
    for (const payload of [undefined, true, { open: 'true' }, { open: 1 }, {}]) {
      await expect(call('camera:allow', payload), JSON.stringify(payload)).rejects.toBeInstanceOf(InvalidPayloadError);
    }
    await expect(call('camera:allow', { open: true }, 'https://evil.example/')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
    expect(cameras).toEqual([]);
    expect(await call('camera:allow', { open: true })).toBeUndefined();
    await call('camera:allow', { open: false });
    expect(cameras).toEqual([
      [sender, true],
      [sender, false],
    ]);
    expect(cameras[0]?.[0]).toBe(sender);
  });

  it('refuses to save under a name that is a path, or of a kind the app does not write', async () => {
    const { call, written } = setUp();
    const text = { kind: 'text', text: 'BEGIN:VCALENDAR' };
    for (const suggestedName of [
      '../../.bashrc',
      '/etc/passwd.ics',
      'C:\\evil.ics',
      'run.exe',
      '.hidden.ics',
      'a\u0000b.ics',
      '',
    ]) {
      await expect(call('files:save', { suggestedName, content: text }), suggestedName).rejects.toBeInstanceOf(
        InvalidPayloadError,
      );
    }
    await expect(
      call('files:save', { suggestedName: 'x.ics', content: { kind: 'bytes', bytes: 'not bytes' } }),
    ).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(call('print:savePdf', { suggestedName: 'itinerary.ics', landscape: false })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    await expect(call('files:open', { fileName: 'virus.exe', bytes: new Uint8Array([1]) })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    await expect(call('files:open', { fileName: '../../x.pdf', bytes: new Uint8Array([1]) })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    expect(written).toEqual([]);
    await call('files:save', { suggestedName: '일정표 1996.ics', content: text });
    await call('files:save', {
      suggestedName: '연수 보고서 1996.html',
      content: { kind: 'text', text: '<!doctype html>' },
    });
    await call('files:save', { suggestedName: '報告書 1996.md', content: { kind: 'text', text: '# 報告書' } });
    expect(written).toEqual(['/tmp/out', '/tmp/out', '/tmp/out']);
    await expect(
      call('files:save', { suggestedName: 'report.htm', content: { kind: 'text', text: '<p>' } }),
    ).rejects.toBeInstanceOf(InvalidPayloadError);
  });

  it('saves a copy of an attachment only under a safe name of an accepted type, in chunks of a bounded size', async () => {
    const { call, savesAsked } = setUp();
    for (const suggestedName of ['../명함.jpg', 'invoice.exe', '.jpg', 'CON.txt', `${'평'.repeat(100)}.txt`, '']) {
      await expect(call('attachments:saveBegin', { suggestedName, size: 10 }), suggestedName).rejects.toBeInstanceOf(
        InvalidPayloadError,
      );
    }
    await expect(call('attachments:saveBegin', { suggestedName: 'a.png', size: 0 })).rejects.toBeInstanceOf(
      InvalidPayloadError,
    );
    const handle = crypto.randomUUID();
    await expect(
      call('attachments:saveChunk', { handle, bytes: new Uint8Array(ATTACHMENT_CHUNK_BYTES + 1) }),
    ).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(call('attachments:saveEnd', { handle: 'h/../1' })).rejects.toBeInstanceOf(InvalidPayloadError);
    expect(savesAsked).toEqual([]);
    expect(await call('attachments:saveBegin', { suggestedName: '명함.JPEG', size: 10 })).toEqual({
      outcome: 'cancelled',
    });
    expect(savesAsked).toEqual(['명함.JPEG']);
  });

  it('never hands the page an answer the contract does not allow, nor anything beyond what it allows', async () => {
    const wrong = setUp({
      'app:getInfo': () => ({ name: 'Fieldbook', version: 1, shell: 'desktop', platform: 'linux' }) as never,
      'sync:request': async () =>
        ({ outcome: 'answered', status: 200, headers: {}, body: { type: 'html', text: '<script>' } }) as never,
      'sync:configureServer': async () => 'moved' as never,
    });
    await expect(wrong.call('app:getInfo', undefined)).rejects.toThrow(/version/);
    const request = { tripId: null, fingerprint: null, origin: 'https://sync.example.org', method: 'POST' };
    const join = { ...request, path: '/v1/join', body: { type: 'json', text: '{}' } };
    await expect(wrong.call('sync:request', join)).rejects.toThrow(/body/);
    const server = { tripId: '0192f3c4-1a2b-7c3d-8e4f-5a6b7c8d9e0f', origin: 'https://sync.example.org' };
    await expect(
      wrong.call('sync:configureServer', { ...server, fingerprint: null, replace: false }),
    ).rejects.toThrow();
    const more = setUp({
      'app:getInfo': () => ({ name: 'Fieldbook', version: '1', shell: 'desktop', platform: 'linux', env: process.env }),
    });
    expect(await more.call('app:getInfo', undefined)).toEqual({
      name: 'Fieldbook',
      version: '1',
      shell: 'desktop',
      platform: 'linux',
    });
  });

  it('refuses calls from any page but the app', async () => {
    const { call, menuLanguages } = setUp();
    await expect(call('app:setLanguage', { language: 'ko' }, 'https://evil.example/')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    );
    await expect(call('app:getInfo', undefined, 'file:///tmp/page.html')).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(
      call(
        'sync:request',
        { origin: 'https://192.168.0.10:8787', method: 'GET', path: '/v1/info' },
        'https://evil.example/',
      ),
    ).rejects.toBeInstanceOf(UntrustedSenderError);
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
