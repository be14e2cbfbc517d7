import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, lockDownSession } from './session';

describe('session', () => {
  it('lets the app load its own files and the data it makes', () => {
    expect(isAllowedRequest('app://fieldbook/assets/index.js')).toBe(true);
    expect(isAllowedRequest('blob:app://fieldbook/1234')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it('cancels every remote request', () => {
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:9000/')).toBe(false);
    expect(isAllowedRequest('wss://example.org/socket')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
  });

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
  });

  it('grants no permission and installs the request filter', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let filter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (_f: unknown, h: typeof filter) => (filter = h) },
    };
    lockDownSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      request?.({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(check?.()).toBe(false);
    let cancelled: boolean | undefined;
    filter?.({ url: 'https://example.org/tracker.gif' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });
});
