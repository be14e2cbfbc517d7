import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from './web';

function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs: these keep each Blob under the URL the bridge is given.
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL(blob: Blob): string {
        next += 1;
        blobs.set(`blob:test/${next}`, blob);
        return `blob:test/${next}`;
      }
      static override revokeObjectURL(): void {}
    },
  );
  const clicked: { href: string; download: string; target: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, target: this.target });
  });
  return { blobs, clicked };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the web bridge', () => {
  it('saves a copy of an attachment chunk by chunk as one download under its name', async () => {
    const { blobs, clicked } = captureDownloads();
    const bridge = createWebBridge('0.0.0-test');
    const begun = await bridge.invoke('attachments:saveBegin', { suggestedName: '명함.png', size: 5 });
    if (begun.outcome !== 'chosen') throw new Error('cancelled');
    await bridge.invoke('attachments:saveChunk', { handle: begun.handle, bytes: new Uint8Array([1, 2, 3]) });
    await bridge.invoke('attachments:saveChunk', { handle: begun.handle, bytes: new Uint8Array([4, 5]) });
    expect(await bridge.invoke('attachments:saveEnd', { handle: begun.handle })).toEqual({ fileName: '명함.png' });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: '명함.png', target: '' }]);
    const blob = blobs.get('blob:test/1');
    expect(blob?.type).toBe('image/png');
    expect([...new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 4, 5]);
    await expect(bridge.invoke('attachments:saveEnd', { handle: begun.handle })).rejects.toThrow();
  });

  it('drops an aborted save, and refuses an unsafe name as the desktop does', async () => {
    const { clicked } = captureDownloads();
    const bridge = createWebBridge('0.0.0-test');
    const begun = await bridge.invoke('attachments:saveBegin', { suggestedName: 'a.pdf', size: 1 });
    if (begun.outcome !== 'chosen') throw new Error('cancelled');
    await bridge.invoke('attachments:saveAbort', { handle: begun.handle });
    await expect(bridge.invoke('attachments:saveEnd', { handle: begun.handle })).rejects.toThrow();
    await expect(bridge.invoke('attachments:saveBegin', { suggestedName: '../a.pdf', size: 1 })).rejects.toThrow();
    expect(clicked).toEqual([]);
  });

  it('leaves the camera to the browser, which asks the user itself, and takes a plain yes or no alone', async () => {
    const bridge = createWebBridge('0.0.0-test');
    await expect(bridge.invoke('camera:allow', { open: true })).resolves.toBeUndefined();
    await expect(bridge.invoke('camera:allow', { open: false })).resolves.toBeUndefined();
    await expect(bridge.invoke('camera:allow', { open: 'yes' } as never)).rejects.toThrow(/camera:allow/);
  });

  it('hands an attachment to the browser to open in a tab of its own', async () => {
    const { clicked } = captureDownloads();
    const bridge = createWebBridge('0.0.0-test');
    expect(await bridge.invoke('files:open', { fileName: '資料.pdf', bytes: new Uint8Array([37]) })).toEqual({
      opened: true,
    });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: '', target: '_blank' }]);
  });
});
