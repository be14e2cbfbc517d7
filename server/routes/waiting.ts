import type { Hono } from 'hono';
import { type AppEnv, type Deps, isoAt } from '../http/context';
import { ApiError } from '../http/errors';

const COUNT = /^\d{1,15}$/;

/**
 * Waiting for changes (docs/sync-protocol.md, section 6): a device that has
 * pulled up to `after` asks to be answered as soon as the trip's log grows
 * past it, so that what another member writes reaches its screen in
 * seconds, not at its next minute's sync.
 */
export function waitingRoutes(app: Hono<AppEnv>, { watch, waitMs, now }: Deps): void {
  app.get('/v1/trips/:tripId/changes/wait', async (c) => {
    const device = c.get('device');
    const after = c.req.query('after') ?? '';
    if (!COUNT.test(after)) throw new ApiError('invalid_body', 'after is a number from 0.');
    const news = await watch.wait(device.tripId, device.id, Number(after), waitMs, c.req.raw.signal);
    if ('revoked' in news) throw new ApiError('revoked', 'The organiser revoked this device.');
    return c.json({ latest: news.latest, serverTime: isoAt(now()) });
  });
}
