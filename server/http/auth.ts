import type { Context, MiddlewareHandler } from 'hono';
import { TOKEN_FORMAT } from '../codes';
import type { Storage } from '../storage/storage';
import { findDeviceByToken } from '../store/devices';
import { roleOf } from '../store/roles';
import { findTrip } from '../store/trips';
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

/** Seeing invitations and revoking are an organiser's: the roster's role governs (co-organisers too), not which device published. */
export async function requireOrganiser(c: Context<AppEnv>, storage: Storage): Promise<void> {
  const { tripId, memberId } = c.get('device');
  if ((await roleOf(storage, tripId, memberId)) !== 'organiser')
    throw new ApiError('forbidden', 'Only an organiser of the trip may do this.');
}

/**
 * Vouching for devices (inviting) and for the trip's snapshots is for the
 * devices of the member who published the trip, the member of its root key:
 * every device checks the grant or signature against that member alone
 * (docs/sync-protocol.md, section 9), whose role no change can take away.
 */
export async function requireFirstOrganiser(c: Context<AppEnv>, storage: Storage, what: string): Promise<void> {
  const { tripId, memberId } = c.get('device');
  if ((await findTrip(storage, tripId))?.organiserMemberId !== memberId)
    throw new ApiError('forbidden', `Only the devices of the member who published the trip ${what}.`);
}
