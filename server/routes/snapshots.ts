import { importPublicKey } from '@shared/sync/signing';
import { snapshotMeta, verifySnapshot } from '@shared/sync/snapshots';
import type { Hono } from 'hono';
import { requireFirstOrganiser } from '../http/auth';
import { readJson } from '../http/body';
import type { AppEnv, Deps } from '../http/context';
import { ApiError } from '../http/errors';
import { blobStatus } from '../store/blobs';
import { changeAt } from '../store/changes';
import { keyOfDevice } from '../store/keys';
import { listSnapshot, logAfter, snapshotOf } from '../store/snapshots';
import { lockTrip } from '../store/trips';

const SNAPSHOT = '/v1/trips/:tripId/snapshot';

/**
 * The trip's latest snapshot (docs/sync-protocol.md, sections 3.6 and 6):
 * every device of the trip reads the listing, and the devices of the member
 * who published it list a new one whose bytes they uploaded as a blob. The
 * server checks what it can without reading the bytes: who signed, that the
 * bytes are here whole, and that the log holds the place they stop at.
 */
export function snapshotRoutes(app: Hono<AppEnv>, { storage, now }: Deps): void {
  app.get(SNAPSHOT, async (c) => {
    const { tripId } = c.get('device');
    const snapshot = await snapshotOf(storage, tripId);
    return c.json({ snapshot, after: await logAfter(storage, tripId, snapshot?.upTo ?? 0) });
  });

  app.put(SNAPSHOT, async (c) => {
    const device = c.get('device');
    await requireFirstOrganiser(c, storage, 'list its snapshot');
    const meta = await readJson(c, snapshotMeta);
    const key = await keyOfDevice(storage, device.id);
    if (!key) throw new ApiError('key_missing', 'This device has not registered its signing key.');
    if (
      meta.deviceId !== key.signingId ||
      !(await verifySnapshot(await importPublicKey(key.publicKey), device.tripId, meta))
    )
      throw new ApiError('invalid_signature', "The snapshot is not signed by this device's key.");
    const snapshot = await storage.transaction(async (tx) => {
      await lockTrip(tx, device.tripId);
      const bytes = await blobStatus(tx, device.tripId, meta.sha256);
      if (!bytes?.complete || bytes.size !== meta.size)
        throw new ApiError('not_found', "The snapshot's bytes are not here whole: upload them first.");
      // A compacted change keeps its place and id, and a device pulls after it as after any other.
      if ((await changeAt(tx, device.tripId, meta.upTo)) !== meta.upToId)
        throw new ApiError('invalid_body', `The trip's log holds no change ${meta.upToId} at ${meta.upTo}.`);
      return listSnapshot(tx, device.tripId, meta, new Date(now()));
    });
    return c.json({ snapshot });
  });
}
