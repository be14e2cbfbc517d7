import type { Hono } from 'hono';
import { z } from 'zod';
import { requireOrganiser } from '../http/auth';
import { deviceName, readJson } from '../http/body';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { type Device, listDevices, renameDevice, revokeDevice } from '../store/devices';
import { roleOf } from '../store/roles';

/** A device as the list shows it to the device `self`, which it tells apart as the current one. */
const viewOf = (device: Device, self: Device) => ({
  deviceId: device.id,
  memberId: device.memberId,
  name: device.name,
  organiser: device.organiser,
  createdAt: device.createdAt.toISOString(),
  lastSync: device.lastSync?.toISOString() ?? null,
  revokedAt: device.revokedAt?.toISOString() ?? null,
  current: device.id === self.id,
});

const renameBody = z.object({ name: deviceName });

/**
 * The trip's devices: an organiser sees and revokes every one; a member sees
 * their own. A device renames itself, an organiser any device, so that
 * everyone can tell a member's laptop from their phone.
 */
export function deviceRoutes(app: Hono<AppEnv>, { storage, now, watch }: Deps): void {
  const isOrganiser = async (self: Device) => (await roleOf(storage, self.tripId, self.memberId)) === 'organiser';

  app.get('/v1/trips/:tripId/devices', async (c) => {
    const self = c.get('device');
    const all = await listDevices(storage, self.tripId);
    const shown = (await isOrganiser(self)) ? all : all.filter((device) => device.memberId === self.memberId);
    return c.json({ devices: shown.map((device) => viewOf(device, self)) });
  });

  app.put('/v1/trips/:tripId/devices/:deviceId/name', async (c) => {
    const self = c.get('device');
    const deviceId = c.req.param('deviceId');
    const { name } = await readJson(c, renameBody);
    if (deviceId !== self.id && !(await isOrganiser(self)))
      throw new ApiError('forbidden', 'A member renames only their own device.');
    const renamed = await renameDevice(storage, self.tripId, deviceId, name);
    if (!renamed) throw new ApiError('not_found', 'The trip has no such device.');
    return c.json({ device: viewOf(renamed, self) });
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
    return c.json({ device: viewOf(revoked, self) });
  });
}
