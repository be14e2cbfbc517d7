import type { Session } from 'electron';
import { APP_ORIGIN, isAppUrl } from './appOrigin';

/** Schemes the page may load besides the app's own: data and blobs it makes itself, and devtools. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-extension:']);

/**
 * No remote content: every request that is not the app's own (or, in
 * development, the dev server's) is cancelled before it leaves the machine.
 * The CSP says the same to the page; this holds even if the CSP were lost.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  try {
    const { protocol, origin } = new URL(url);
    if (LOCAL_SCHEMES.has(protocol)) return true;
    // The dev server's hot-reload socket.
    return (
      devServerUrl !== undefined &&
      protocol === 'ws:' &&
      origin.replace('ws:', 'http:') === new URL(devServerUrl).origin
    );
  } catch {
    return false;
  }
}

/**
 * IndexedDB holds the only copy of every note until it syncs: the app's own
 * page may make it persistent, so that the browser never evicts it. It may
 * also put plain text on the clipboard (a join code, for the organiser to
 * paste into a message); it may never read the clipboard.
 */
const GRANTED_TO_APP = new Set(['persistent-storage', 'clipboard-sanitized-write']);

/**
 * A requesting origin or frame URL that is the app's own. Electron reports an
 * origin with or without its trailing slash; `app://fieldbook` alone is no URL
 * `isAppUrl` accepts, since Node.js gives non-special schemes no origin.
 */
function isAppRequester(urlOrOrigin: string | undefined, devServerUrl?: string): boolean {
  return urlOrOrigin === APP_ORIGIN || isAppUrl(urlOrOrigin, devServerUrl);
}

/**
 * Whether a permission is granted: only persistent storage and writing text
 * to the clipboard, only to the app.
 * Decided by the frame that asks, not by the window's page, which may differ
 * for a subframe.
 */
function isPermissionGranted(permission: string, requester: string | undefined, devServerUrl?: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppRequester(requester, devServerUrl);
}

/**
 * Locks down a session: no permission (camera, location, notifications...)
 * but persistent storage and clipboard writes for the app itself, no remote
 * request made. Both handlers decide alike: a page checks a permission
 * before it asks for it.
 */
export function lockDownSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, devServerUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devServerUrl),
  );
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}
