import type { Session, WebContents } from 'electron';
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
 * The camera, for the card reader alone: a page may have it only while its
 * card reader is open, which the page says through `camera:allow`
 * (electron/ipc/camera.ts).
 */
export interface CameraAllowance {
  /** The card reader of this page opened (true) or closed (false). */
  allow(contents: WebContents, open: boolean): void;
}

/**
 * A card is read from a photo: the camera alone, never the microphone. A
 * request names the devices it wants, a check one device; naming none is
 * no request for the camera alone.
 */
function isVideoOnly(mediaTypes: readonly string[] | undefined): boolean {
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

/**
 * Locks down a session: no permission (location, notifications,
 * microphone...) but persistent storage and clipboard writes for the app
 * itself, and its camera while its card reader is open; no remote request
 * made. Both handlers decide alike, by the frame that asks (not the window's
 * page, which may differ for a subframe): a page checks a permission before
 * it asks for it.
 */
export function lockDownSession(session: Session, devServerUrl?: string): CameraAllowance {
  /**
   * Pages whose card reader is open, each with what closes it when the page
   * navigates (a reload too): a page that starts again has no reader open,
   * and never ran the old one's close.
   */
  const openReaders = new WeakMap<WebContents, () => void>();
  const isGranted = (
    permission: string,
    requester: string | undefined,
    contents: WebContents | null,
    mediaTypes: readonly string[] | undefined,
  ) => {
    if (!isAppRequester(requester, devServerUrl)) return false;
    if (permission === 'media') return contents !== null && openReaders.has(contents) && isVideoOnly(mediaTypes);
    return GRANTED_TO_APP.has(permission);
  };
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(
      isGranted(permission, details.requestingUrl, contents, 'mediaTypes' in details ? details.mediaTypes : undefined),
    ),
  );
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    isGranted(
      permission,
      requestingOrigin,
      contents,
      details.mediaType === undefined ? undefined : [details.mediaType],
    ),
  );
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
  const close = (contents: WebContents) => {
    const onNavigate = openReaders.get(contents);
    if (!onNavigate) return;
    contents.removeListener('did-navigate', onNavigate);
    openReaders.delete(contents);
  };
  return {
    allow(contents, open) {
      if (!open) close(contents);
      else if (!openReaders.has(contents)) {
        const onNavigate = () => close(contents);
        contents.on('did-navigate', onNavigate);
        openReaders.set(contents, onNavigate);
      }
    },
  };
}
