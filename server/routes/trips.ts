import { recordId } from '@shared/model/ids';
import type { Hono } from 'hono';
import { z } from 'zod';
import { hashSecret, normalizeCode } from '../codes';
import { deviceName, readJson } from '../http/body';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { addDevice } from '../store/devices';
import { takeSetupCode } from '../store/setupCode';
import { findTrip, insertTrip } from '../store/trips';

const publishBody = z.object({ setupCode: z.string().max(50), tripId: recordId, memberId: recordId, deviceName });

/** How long after publishing the same setup code publishes the same trip again: a publish whose answer was lost. */
export const REPUBLISH_MS = 10 * 60 * 1000;

/**
 * Publishing a trip: the setup code is used up, the trip is known to the
 * server, and the organiser's device gets the trip's first token. The
 * records follow by push, like any device's (docs/sync-protocol.md, section 6).
 */
export function tripRoutes(app: Hono<AppEnv>, { storage, now }: Deps): void {
  app.post('/v1/trips', async (c) => {
    const body = await readJson(c, publishBody);
    const code = normalizeCode(body.setupCode);
    if (!code) throw new ApiError('code_invalid', 'Not a setup code.');
    const codeHash = hashSecret(code);
    const at = new Date(now());
    const device = await storage.transaction(async (tx) => {
      const setupCode = await takeSetupCode(tx, code, at);
      if (setupCode === 'expired') {
        throw new ApiError(
          'code_expired',
          'This setup code has expired: publish with the one the server printed since.',
        );
      }
      if (setupCode === 'taken') {
        const trip = { id: body.tripId, organiserMemberId: body.memberId, setupCodeHash: codeHash, publishedAt: at };
        if (!(await insertTrip(tx, trip))) throw new ApiError('trip_exists', 'A trip of this id is already published.');
      } else {
        const trip = await findTrip(tx, body.tripId);
        const repeated =
          trip?.setupCodeHash === codeHash &&
          trip.organiserMemberId === body.memberId &&
          at.getTime() - trip.publishedAt.getTime() < REPUBLISH_MS;
        if (!repeated) throw new ApiError('code_invalid', 'No such setup code, or it was used.');
      }
      return addDevice(tx, {
        tripId: body.tripId,
        memberId: body.memberId,
        name: body.deviceName,
        organiser: true,
        at,
      });
    });
    return c.json({ token: device.token, deviceId: device.id, tripId: body.tripId, memberId: body.memberId }, 201);
  });
}
