import { PROTOCOL } from '@shared/sync/client';
import { CHECKPOINT_AFTER } from '@shared/sync/compaction';
import { MAX_BODY_BYTES } from '@shared/sync/endpoints';
import { Hono } from 'hono';
import { authenticate } from './http/auth';
import { limitBody } from './http/bodyLimit';
import { canonicalAddress } from './http/clientAddress';
import { type AppEnv, type Deps, isoAt } from './http/context';
import { ApiError } from './http/errors';
import { checkProtocol, MIN_PROTOCOL } from './http/protocol';
import { DEFAULT_LIMITS, type Limits, rateLimit } from './http/rateLimit';
import { blobRoutes } from './routes/blobs';
import { changeRoutes } from './routes/changes';
import { deviceRoutes } from './routes/devices';
import { invitationRoutes } from './routes/invitations';
import { keyRoutes } from './routes/keys';
import { snapshotRoutes } from './routes/snapshots';
import { tripRoutes } from './routes/trips';
import { waitingRoutes } from './routes/waiting';
import type { Storage } from './storage/storage';
import { COMPACT_AFTER } from './store/compaction';
import { TripWatch, WAIT_MS } from './tripWatch';
import { securityHeaders, webAppRoutes } from './webApp';

/** The largest body a request may carry (docs/sync-protocol.md, section 5), once for the server and the app. */
export { MAX_BODY_BYTES };

export interface AppOptions {
  storage: Storage;
  /** The server's name, as `GET /v1/info` says it. */
  name: string;
  now?: () => number;
  limits?: Limits;
  /** Where unexpected errors are told. */
  log?: (line: string) => void;
  /** Proxies whose `X-Forwarded-For` names the client a request's rate limits go by (FIELDBOOK_TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
  /** The folder of the built web app, to serve on the server's own origin. */
  webApp?: string;
  /**
   * How many changes a trip's log grows by before it is compacted, after a
   * push and before a new device's first pull (store/compaction.ts); null:
   * never on its own (tests that compare a log with every change pushed).
   */
  compactAfter?: number | null;
  /**
   * How many updates of a merged text the log holds before the server lists
   * it as worth a checkpoint (CHECKPOINT_AFTER; lower in tests that want
   * checkpoints from a few saves).
   */
  checkpointAfter?: number;
  /** The longest a device's wait for changes lasts (WAIT_MS; shorter in tests that wait for nothing). */
  waitMs?: number;
}

/** The sync server's HTTP interface (docs/sync-protocol.md, sections 5 to 8), over one database. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { storage, name, now = Date.now, limits = DEFAULT_LIMITS, log, webApp, compactAfter = COMPACT_AFTER } = options;
  const trustedProxies = new Set((options.trustedProxies ?? []).map(canonicalAddress));
  const { checkpointAfter = CHECKPOINT_AFTER } = options;
  const deps: Deps = {
    storage,
    name,
    now,
    compactAfter,
    checkpointAfter,
    watch: new TripWatch(storage),
    waitMs: options.waitMs ?? WAIT_MS,
  };
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [header, value] of Object.entries(securityHeaders)) c.res.headers.set(header, value);
  });
  app.use('/v1/*', rateLimit(limits, now, trustedProxies));
  app.use('/v1/*', checkProtocol);
  app.use('/v1/*', limitBody(MAX_BODY_BYTES, 'A request body'));
  app.use('/v1/trips/:tripId/*', authenticate(storage));

  app.get('/v1/info', (c) => c.json({ protocol: PROTOCOL, minProtocol: MIN_PROTOCOL, serverTime: isoAt(now()), name }));
  tripRoutes(app, deps);
  invitationRoutes(app, deps);
  deviceRoutes(app, deps);
  keyRoutes(app, deps);
  changeRoutes(app, deps);
  waitingRoutes(app, deps);
  blobRoutes(app, deps);
  snapshotRoutes(app, deps);
  if (webApp) webAppRoutes(app, webApp);

  app.notFound((c) => c.json(new ApiError('not_found', `No ${c.req.method} ${c.req.path} here.`).body, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.status, error.headers);
    log?.(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return c.json(new ApiError('internal', 'The server failed; it is logged.').body, 500);
  });
  return app;
}
