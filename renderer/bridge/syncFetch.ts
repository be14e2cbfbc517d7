import type { Fetch } from '@shared/sync/client';

/**
 * How the renderer reaches the sync server. In a browser (`npm run web`,
 * or the web app the sync server serves) the server is the page's own
 * origin, the only one its CSP allows. The desktop app's renderer reaches
 * no network at all: its requests go through the main process, which
 * pins the server's certificate (docs/sync-protocol.md, section 5).
 */
export const syncFetch: Fetch = (url, init) => fetch(url, init);
