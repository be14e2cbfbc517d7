import { getConnInfo } from '@hono/node-server/conninfo';
import { PROTOCOL } from '@shared/sync/client';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { hashSecret } from './codes';
import { authenticate, bearerOf } from './http/auth';
import { type AppEnv, type Deps, isoAt } from './http/context';
import { ApiError } from './http/errors';
import { checkProtocol, MIN_PROTOCOL } from './http/protocol';
import { createRateLimiter, type RateLimit } from './http/rateLimit';
import { changeRoutes } from './routes/changes';
import { deviceRoutes } from './routes/devices';
import { invitationRoutes } from './routes/invitations';
import { tripRoutes } from './routes/trips';
import type { Storage } from './storage/storage';
import { securityHeaders, webAppRoutes } from './webApp';

/** The largest body a request may carry (docs/sync-protocol.md, section 5). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface Limits {
  /** Requests of one device (or, without a token, one address). */
  device: RateLimit;
  /** Attempts at a setup or invitation code from one address: codes are short enough to be guessed at. */
  code: RateLimit;
}

// A first sync pulls a large trip page by page in a burst; a device syncing by itself asks every few seconds.
export const DEFAULT_LIMITS: Limits = { device: { burst: 300, perSecond: 20 }, code: { burst: 10, perSecond: 0.2 } };

export interface AppOptions {
  storage: Storage;
  /** The server's name, as `GET /v1/info` says it. */
  name: string;
  now?: () => number;
  limits?: Limits;
  /** Where unexpected errors are told. */
  log?: (line: string) => void;
  /** The folder of the built web app, to serve on the server's own origin. */
  webApp?: string;
}

const addressOf = (c: Context) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/** The sync server's HTTP interface (docs/sync-protocol.md, sections 5 to 8), over one database. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { storage, name, now = Date.now, limits = DEFAULT_LIMITS, log, webApp } = options;
  const deps: Deps = { storage, name, now };
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [header, value] of Object.entries(securityHeaders)) c.res.headers.set(header, value);
  });
  const deviceLimiter = createRateLimiter(limits.device, now);
  const codeLimiter = createRateLimiter(limits.code, now);

  app.use('/v1/*', async (c, next) => {
    const token = bearerOf(c);
    const tryingCode = c.req.method === 'POST' && (c.req.path === '/v1/join' || c.req.path === '/v1/trips');
    const wait = tryingCode
      ? codeLimiter.take(addressOf(c))
      : deviceLimiter.take(token ? `token:${hashSecret(token)}` : `address:${addressOf(c)}`);
    if (wait > 0) {
      throw new ApiError(
        'rate_limited',
        `Too many requests: try again in ${wait} s.`,
        {},
        { 'Retry-After': String(wait) },
      );
    }
    await next();
  });
  app.use('/v1/*', checkProtocol);
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError('too_large', `A request body is at most ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  app.use('/v1/trips/:tripId/*', authenticate(storage));

  app.get('/v1/info', (c) => c.json({ protocol: PROTOCOL, minProtocol: MIN_PROTOCOL, serverTime: isoAt(now()), name }));
  tripRoutes(app, deps);
  invitationRoutes(app, deps);
  deviceRoutes(app, deps);
  changeRoutes(app, deps);
  if (webApp) webAppRoutes(app, webApp);

  app.notFound((c) => c.json(new ApiError('not_found', `No ${c.req.method} ${c.req.path} here.`).body, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.status, error.headers);
    log?.(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return c.json(new ApiError('internal', 'The server failed; it is logged.').body, 500);
  });
  return app;
}
