import type { Context, MiddlewareHandler } from 'hono';
import { TOKEN_FORMAT } from '../codes';
import type { Storage } from '../storage/storage';
import { findDeviceByToken } from '../store/devices';
import { roleOf } from '../store/roles';
import type { AppEnv } from './context';
import { ApiError } from './errors';

/** The bearer token of a request, if it has one. */
export function bearerOf(c: Context): string | undefined {
  const match = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '');
  return match?.[1];
}

/**
 * The routes of a trip open only to a device of that trip whose token is
 * known and not revoked: a token opens one trip.
 */
export function authenticate(storage: Storage): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerOf(c);
    const device = token && TOKEN_FORMAT.test(token) ? await findDeviceByToken(storage, token) : undefined;
    if (!device) throw new ApiError('unauthorized', 'A known device token is needed.');
    if (device.revokedAt) throw new ApiError('revoked', 'The organiser revoked this device.');
    if (device.tripId !== c.req.param('tripId'))
      throw new ApiError('forbidden', "This device's token opens another trip.");
    c.set('device', device);
    await next();
  };
}

/** Inviting and revoking are an organiser's: the roster's role governs (co-organisers too), not which device published. */
export async function requireOrganiser(c: Context<AppEnv>, storage: Storage): Promise<void> {
  const { tripId, memberId } = c.get('device');
  if ((await roleOf(storage, tripId, memberId)) !== 'organiser')
    throw new ApiError('forbidden', 'Only an organiser of the trip may do this.');
}
