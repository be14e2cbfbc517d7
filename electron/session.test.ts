import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, lockDownSession } from './session';

const APP_PAGE = 'app://fieldbook/index.html';

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
  contents: object,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean; mediaTypes?: string[] },
) => void;
type CheckHandler = (
  contents: object | null,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame: boolean; mediaType?: string },
) => boolean;
type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** A window's WebContents as far as the session sees it: a page that asks, and navigates. */
function fakePage(url = APP_PAGE) {
  return Object.assign(new EventEmitter(), { getURL: () => url });
}

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
  const camera = lockDownSession(session as unknown as Session, devServerUrl);
  /** The app's window, whose card reader the tests open and close. */
  const page = fakePage();
  return {
    page,
    /** Opens or closes the card reader of a page, as `camera:allow` does. */
    allowCamera(open: boolean, contents: EventEmitter = page) {
      camera.allow(contents as unknown as Parameters<typeof camera.allow>[0], open);
    },
    /** What a frame at `requestingUrl`, in a window showing `pageUrl`, is answered when it asks. */
    request(permission: string, requestingUrl: string, pageUrl = requestingUrl): boolean | undefined {
      let granted: boolean | undefined;
      requestHandler?.(fakePage(pageUrl), permission, (g) => (granted = g), {
        requestingUrl,
        isMainFrame: requestingUrl === pageUrl,
      });
      return granted;
    },
    check(permission: string, requestingOrigin: string): boolean | undefined {
      return checkHandler?.(fakePage(), permission, requestingOrigin, { isMainFrame: true });
    },
    /** What `getUserMedia` asking for `mediaTypes` is answered, from a frame of `contents`. */
    requestMedia(
      mediaTypes: string[] | undefined,
      { requestingUrl = APP_PAGE, contents = page, permission = 'media' } = {},
    ): boolean | undefined {
      let granted: boolean | undefined;
      requestHandler?.(contents, permission, (g) => (granted = g), {
        requestingUrl,
        isMainFrame: true,
        ...(mediaTypes && { mediaTypes }),
      });
      return granted;
    },
    /** What a check for one kind of device is answered; Electron may give no WebContents at all. */
    checkMedia(
      mediaType: string | undefined,
      { requestingOrigin = 'app://fieldbook', contents = page as object | null } = {},
    ): boolean | undefined {
      return checkHandler?.(contents, 'media', requestingOrigin, {
        isMainFrame: true,
        ...(mediaType && { mediaType }),
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
    const appPage = APP_PAGE;
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

  it('grants the app its camera while its card reader is open, for video alone, when asked and when checked', () => {
    const { allowCamera, requestMedia, checkMedia, request, check } = lockedDown();
    allowCamera(true);
    expect(requestMedia(['video'])).toBe(true);
    expect(checkMedia('video')).toBe(true);
    expect(checkMedia('video', { requestingOrigin: 'app://fieldbook/' })).toBe(true);
    // The microphone, even beside the camera, and a request that names no device.
    expect(requestMedia(['video', 'audio'])).toBe(false);
    expect(requestMedia(['audio'])).toBe(false);
    expect(requestMedia([])).toBe(false);
    expect(requestMedia(undefined)).toBe(false);
    expect(checkMedia('audio')).toBe(false);
    expect(checkMedia('unknown')).toBe(false);
    expect(checkMedia(undefined)).toBe(false);
    // The screen is no camera.
    expect(requestMedia(['video'], { permission: 'display-capture' })).toBe(false);
    for (const permission of OTHER_PERMISSIONS.filter((p) => p !== 'media')) {
      expect(request(permission, APP_PAGE), permission).toBe(false);
      expect(check(permission, 'app://fieldbook'), permission).toBe(false);
    }
  });

  it('refuses the camera before the card reader opens, once it closes, and once its page navigates', () => {
    const { page, allowCamera, requestMedia, checkMedia } = lockedDown();
    expect(requestMedia(['video'])).toBe(false);
    expect(checkMedia('video')).toBe(false);
    allowCamera(true);
    allowCamera(true);
    expect(page.listenerCount('did-navigate')).toBe(1);
    allowCamera(false);
    expect(requestMedia(['video'])).toBe(false);
    expect(checkMedia('video')).toBe(false);
    expect(page.listenerCount('did-navigate')).toBe(0);
    allowCamera(false);
    // A reload starts the page again with no reader open, and it never said the old one closed.
    allowCamera(true);
    page.emit('did-navigate');
    expect(requestMedia(['video'])).toBe(false);
    expect(page.listenerCount('did-navigate')).toBe(0);
    allowCamera(true);
    expect(requestMedia(['video'])).toBe(true);
  });

  it('refuses the camera to any other origin, and to any other window than the one whose reader is open', () => {
    const { allowCamera, requestMedia, checkMedia } = lockedDown();
    allowCamera(true);
    for (const origin of ['https://example.org', 'http://localhost:5173', 'app://other', 'file://', 'null']) {
      expect(requestMedia(['video'], { requestingUrl: `${origin}/index.html` }), origin).toBe(false);
      expect(checkMedia('video', { requestingOrigin: origin }), origin).toBe(false);
    }
    const other = fakePage();
    expect(requestMedia(['video'], { contents: other })).toBe(false);
    expect(checkMedia('video', { contents: other })).toBe(false);
    expect(checkMedia('video', { contents: null })).toBe(false);
    allowCamera(true, other);
    allowCamera(false);
    expect(requestMedia(['video'], { contents: other })).toBe(true);
    expect(requestMedia(['video'])).toBe(false);
  });

  it('grants the camera to the dev server in development only', () => {
    const dev = lockedDown('http://localhost:5173');
    dev.allowCamera(true);
    expect(dev.requestMedia(['video'], { requestingUrl: 'http://localhost:5173/' })).toBe(true);
    expect(dev.checkMedia('video', { requestingOrigin: 'http://localhost:5174' })).toBe(false);
  });

  it('installs the request filter', () => {
    const { filter } = lockedDown();
    let cancelled: boolean | undefined;
    filter?.({ url: 'https://example.org/tracker.gif' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });
});
