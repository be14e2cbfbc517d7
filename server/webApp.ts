import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import type { Hono } from 'hono';
import type { AppEnv } from './http/context';

/** The folder of a built web app, or undefined when there is none to serve. */
export const builtWebApp = (dir: string) => (existsSync(join(dir, 'index.html')) ? dir : undefined);

/**
 * The web app served on the sync server's own origin, so that a browser's
 * page reaches the server under its CSP's `connect-src 'self'`
 * (docs/sync-protocol.md, section 5). Files of the build folder only; the
 * app routes by the URL's hash, so no path needs a fallback page.
 */
export function webAppRoutes(app: Hono<AppEnv>, dir: string): void {
  app.get('*', serveStatic({ root: dir }));
}

/** Headers every answer carries: the app's CSP, no content sniffing, no referrer, its own browsing context. */
export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
