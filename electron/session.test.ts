import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, lockDownSession } from './session';

const OTHER_PERMISSIONS = [
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'midi',
  'storage-access',
  'unknown',
];

type RequestHandler = (
  contents: { getURL(): string },
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type CheckHandler = (
  contents: { getURL(): string } | null,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame: boolean },
) => boolean;
type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** Locks down a fake session and answers as Electron's handlers would, from the frame that asks. */
function lockedDown(devServerUrl?: string) {
  let requestHandler: RequestHandler | undefined;
  let checkHandler: CheckHandler | undefined;
  let filter: RequestFilter | undefined;
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (checkHandler = handler),
    webRequest: { onBeforeRequest: (_filter: unknown, handler: RequestFilter) => (filter = handler) },
  };
  lockDownSession(session as unknown as Session, devServerUrl);
  return {
    /** What a frame at `requestingUrl`, in a window showing `pageUrl`, is answered when it asks. */
    request(permission: string, requestingUrl: string, pageUrl = requestingUrl): boolean | undefined {
      let granted: boolean | undefined;
      requestHandler?.({ getURL: () => pageUrl }, permission, (g) => (granted = g), {
        requestingUrl,
        isMainFrame: requestingUrl === pageUrl,
      });
      return granted;
    },
    check(permission: string, requestingOrigin: string): boolean | undefined {
      return checkHandler?.({ getURL: () => 'app://fieldbook/index.html' }, permission, requestingOrigin, {
        isMainFrame: true,
      });
    },
    filter,
  };
}

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

  it('grants persistent storage and clipboard writes to the app itself and nothing else, when asked and when checked', () => {
    const { request, check } = lockedDown();
    const appPage = 'app://fieldbook/index.html';
    expect(request('persistent-storage', appPage)).toBe(true);
    expect(check('persistent-storage', 'app://fieldbook')).toBe(true);
    expect(check('persistent-storage', 'app://fieldbook/')).toBe(true);
    expect(request('clipboard-sanitized-write', appPage)).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://fieldbook')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://example.org/', appPage)).toBe(false);
    for (const permission of OTHER_PERMISSIONS) {
      expect(request(permission, appPage), permission).toBe(false);
      expect(check(permission, 'app://fieldbook'), permission).toBe(false);
    }
  });

  it('refuses persistent storage to any other origin, even inside the app’s window', () => {
    const { request, check } = lockedDown();
    for (const origin of ['https://example.org', 'http://localhost:5173', 'app://other', 'file://', 'null']) {
      expect(request('persistent-storage', `${origin}/index.html`, 'app://fieldbook/index.html'), origin).toBe(false);
      expect(check('persistent-storage', origin), origin).toBe(false);
    }
    expect(check('persistent-storage', 'app://fieldbook.example.org')).toBe(false);
  });

  it('grants persistent storage to the dev server in development only', () => {
    const { request, check } = lockedDown('http://localhost:5173');
    expect(request('persistent-storage', 'http://localhost:5173/')).toBe(true);
    expect(check('persistent-storage', 'http://localhost:5173')).toBe(true);
    expect(check('persistent-storage', 'http://localhost:5174')).toBe(false);
    expect(check('geolocation', 'http://localhost:5173')).toBe(false);
  });

  it('installs the request filter', () => {
    const { filter } = lockedDown();
    let cancelled: boolean | undefined;
    filter?.({ url: 'https://example.org/tracker.gif' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });
});
