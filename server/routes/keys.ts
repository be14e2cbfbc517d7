import { importPublicKey, publicKey, verifyCertificate } from '@shared/sync/signing';
import type { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../http/body';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { grantOfDevice, keyOfDevice, keysOf, registerKey, signingOf } from '../store/keys';
import { lockTrip } from '../store/trips';

const keyBody = z.object({
  /** The id the device's stamps end in: its changes' `deviceId`. */
  deviceId: z.string().min(1).max(100),
  publicKey,
  /** The member the device signs as: its token's, said so that a device bound to another learns it. */
  memberId: z.string().max(64).optional(),
  /** The certificate of the key by the key of the invitation the device joined with; null for the trip's first device. */
  certificate: z.string().length(88).nullable(),
});

/**
 * The trip's signing keys (docs/sync-protocol.md, section 9): a device
 * registers its own, once, and every device of the trip reads them all, to
 * verify the changes it pulls.
 */
export function keyRoutes(app: Hono<AppEnv>, { storage }: Deps): void {
  app.put('/v1/trips/:tripId/keys/self', async (c) => {
    const device = c.get('device');
    const { memberId, ...body } = await readJson(c, keyBody);
    if (memberId !== undefined && memberId !== device.memberId)
      throw new ApiError('forbidden', "This device's token is another member's.");
    const registered = await storage.transaction(async (tx) => {
      // Under the trip's lock, as a push that relays a key for the same device id (routes/changes.ts): one
      // of them finds the other's key there.
      await lockTrip(tx, device.tripId);
      const held = await keyOfDevice(tx, device.id);
      if (held) {
        if (held.publicKey === body.publicKey && held.signingId === body.deviceId) return true;
        throw new ApiError('key_exists', 'This device registered another key.');
      }
      const signing = await signingOf(tx, device.tripId);
      // The trip's first key is the publishing device's own: every other descends from it.
      const root = !signing?.root;
      if (root) {
        if (!device.organiser || body.certificate !== null)
          throw new ApiError('not_certified', "The trip's first key is its publishing device's.");
      } else {
        const grant = await grantOfDevice(tx, device.id);
        const owner = { ...body, tripId: device.tripId, memberId: device.memberId };
        const certified =
          grant !== null &&
          grant.memberId === device.memberId &&
          body.certificate !== null &&
          (await verifyCertificate(await importPublicKey(grant.invitationKey), owner, body.certificate));
        if (!certified)
          throw new ApiError(
            'not_certified',
            "The key is not certified by the invitation's key this device joined with.",
          );
      }
      return registerKey(tx, {
        rowId: device.id,
        tripId: device.tripId,
        memberId: device.memberId,
        signingId: body.deviceId,
        root,
        ...body,
      });
    });
    if (!registered) throw new ApiError('key_exists', "Another device of the trip signs as this device's id.");
    return c.json({ registered: true, memberId: device.memberId });
  });

  app.get('/v1/trips/:tripId/keys', async (c) => {
    const { tripId } = c.get('device');
    const signing = await signingOf(storage, tripId);
    const keys = (await keysOf(storage, tripId)).map(({ rowId: _, ...key }) => key);
    return c.json({ root: signing?.root ?? null, unsignedUntil: signing?.unsignedUntil ?? 0, keys });
  });
}
