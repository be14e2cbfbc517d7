import type { Hono } from 'hono';
import { requireOrganiser } from '../http/auth';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { type Device, listDevices, revokeDevice } from '../store/devices';

const viewOf = (device: Device) => ({
  deviceId: device.id,
  memberId: device.memberId,
  name: device.name,
  organiser: device.organiser,
  createdAt: device.createdAt.toISOString(),
  lastSync: device.lastSync?.toISOString() ?? null,
  revokedAt: device.revokedAt?.toISOString() ?? null,
});

/** The organiser's view of the trip's devices, and revoking one. */
export function deviceRoutes(app: Hono<AppEnv>, { storage, now, watch }: Deps): void {
  app.get('/v1/trips/:tripId/devices', async (c) => {
    await requireOrganiser(c, storage);
    return c.json({ devices: (await listDevices(storage, c.get('device').tripId)).map(viewOf) });
  });

  app.delete('/v1/trips/:tripId/devices/:deviceId', async (c) => {
    await requireOrganiser(c, storage);
    const self = c.get('device');
    // The organiser's only device revoked would leave nobody able to invite or revoke.
    if (c.req.param('deviceId') === self.id) throw new ApiError('forbidden', 'A device cannot revoke itself.');
    const revoked = await revokeDevice(storage, self.tripId, c.req.param('deviceId'), new Date(now()));
    if (!revoked) throw new ApiError('not_found', 'The trip has no such device.');
    // The revoked device may be waiting for changes: it learns it is revoked now.
    void watch.told(self.tripId);
    return c.json({ device: viewOf(revoked) });
  });
}
