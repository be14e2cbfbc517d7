import type { IpcRenderer } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPreloadBridge } from './preloadBridge';

function fakeIpc() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  const ipc = {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return 'answer';
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: unknown) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the ipc event' }, payload);
  };
  return { ipc: ipc as unknown as IpcRenderer, invoked, listeners, emit };
}

describe('preload bridge', () => {
  it('forwards contract calls and refuses any other channel', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    await expect(bridge.invoke('app:setLanguage', { language: 'ko' })).resolves.toBe('answer');
    await expect(bridge.invoke('camera:allow', { open: true })).resolves.toBe('answer');
    await expect(bridge.invoke('fs:readFile' as never)).rejects.toThrow(/Unknown call/);
    await expect(bridge.invoke('camera:open' as never)).rejects.toThrow(/Unknown call/);
    expect(invoked).toEqual([
      ['app:setLanguage', { language: 'ko' }],
      ['camera:allow', { open: true }],
    ]);
  });

  it('passes event payloads without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const received: unknown[][] = [];
    const off = bridge.on('app:menuCommand', (...args) => received.push(args));
    emit('app:menuCommand', { command: 'newTrip' });
    expect(received).toEqual([[{ command: 'newTrip' }]]);
    off();
    expect(listeners.get('app:menuCommand')).toEqual([]);
    expect(() => bridge.on('ipc:anything' as never, () => {})).toThrow(/Unknown event/);
  });
});
