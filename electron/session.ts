import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

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

/** Locks down a session: no permission (camera, location, notifications...) is ever granted, no remote request made. */
export function lockDownSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}
