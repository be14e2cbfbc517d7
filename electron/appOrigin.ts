/**
 * The renderer is served from a custom scheme rather than file://: its
 * origin is fixed and private to the app (IndexedDB lives there), the
 * protocol handler serves only the renderer's own files, and it can send
 * security headers, which file:// cannot.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The privileges that make the scheme behave like https for storage, fetch and CSP. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * True for a URL of the app itself: the custom scheme in a built app, the
 * dev server's origin under `electron-vite dev`.
 */
export function isAppUrl(url: string | undefined, devServerUrl?: string): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  // Chromium reports the origin of non-special schemes as "null"; compare by prefix instead.
  if (url?.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && origin === originOf(devServerUrl);
}
