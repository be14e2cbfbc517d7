import type { MemberRole } from '@shared/model';
import { recordId } from '@shared/model';
import { bundle, relayedKey } from '@shared/sync/signing';
import { isCheckpoint } from '@shared/sync/texts';
import type { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../http/body';
import { type AppEnv, type Deps, isoAt } from '../http/context';
import { ApiError } from '../http/errors';
import { byPermission, checkBatch, MAX_CHANGES } from '../push';
import { checkSignatures, relayedToKeep } from '../signatures';
import { changeAt, changesAfter, heldChanges, storeChanges } from '../store/changes';
import { compactTrip, crowdedTexts, needsCompaction } from '../store/compaction';
import { recordSync } from '../store/devices';
import { addRelayedKeys, bundlesByIds, keysOf, signingOf, storeBundles } from '../store/keys';
import { factsOf, roleOf } from '../store/roles';
import { lockTrip } from '../store/trips';

/** At most this many keys of other devices come with a push: more than a trip has devices. */
const MAX_RELAYED_KEYS = 1000;
const pushBody = z.object({
  changes: z.array(z.unknown()),
  bundles: z.array(bundle).max(MAX_CHANGES).default([]),
  keys: z
    .array(relayedKey)
    .max(MAX_RELAYED_KEYS)
    .default([])
    .refine((keys) => new Set(keys.map((key) => key.deviceId)).size === keys.length, 'one key per device'),
});
/** At most this many texts are listed as worth a checkpoint at once. */
export const CROWDED_TEXTS = 500;
/** A page of a pull, unless the client asks for fewer. */
export const PAGE_SIZE = 1000;
const COUNT = /^\d{1,15}$/;

/** Push and pull of a trip's changes (docs/sync-protocol.md, section 6). */
export function changeRoutes(app: Hono<AppEnv>, { storage, now, compactAfter, checkpointAfter, watch }: Deps): void {
  app.post('/v1/trips/:tripId/changes', async (c) => {
    const device = c.get('device');
    const { changes, bundles, keys } = await readJson(c, pushBody);
    if (changes.length > MAX_CHANGES) throw new ApiError('too_large', `A push carries at most ${MAX_CHANGES} changes.`);
    const time = now();
    const checked = checkBatch(changes, device.tripId, time);
    if (!checked.ok) {
      const { problem } = checked;
      if (problem.code === 'clock_ahead') {
        throw new ApiError('clock_ahead', `Change ${problem.index} is stamped too far ahead of the server's time.`, {
          index: problem.index,
          serverTime: isoAt(time),
        });
      }
      throw new ApiError(problem.code, `Change ${problem.index} is refused: ${problem.reason}.`, {
        index: problem.index,
        reason: problem.reason,
      });
    }
    // The signatures, the rules and the storing all happen under the trip's lock: a role changed or a
    // device revoked meanwhile counts.
    const { accepted, refused } = await storage.transaction(async (tx) => {
      await lockTrip(tx, device.tripId);
      const sent = new Set(bundles.map((signed) => signed.id));
      const relayed = checked.changes.flatMap((change) =>
        change.bundle && !sent.has(change.bundle) ? [change.bundle] : [],
      );
      // Relayed keys are taken before the signatures they verify are checked; a refused push keeps none of them.
      const known = await keysOf(tx, device.tripId);
      const root = keys.length > 0 ? ((await signingOf(tx, device.tripId))?.root ?? null) : null;
      const kept = await relayedToKeep(device.tripId, root, known, keys);
      const signed = await checkSignatures(
        [...known, ...(await addRelayedKeys(tx, device.tripId, kept, new Date(time)))],
        checked.changes,
        bundles,
        await bundlesByIds(tx, device.tripId, [...bundles.map((signed) => signed.id), ...relayed]),
        await heldChanges(
          tx,
          device.tripId,
          checked.changes.map((change) => change.id),
        ),
      );
      if (!signed.ok) {
        throw new ApiError('invalid_signature', `Change ${signed.index} is refused: ${signed.problem}.`, {
          index: signed.index,
          reason: signed.problem,
        });
      }
      // Each change is its author's: a change relayed by another device is judged by its writer's role.
      const roles = new Map<string, MemberRole | null>();
      for (const memberId of new Set(checked.changes.map((change) => change.memberId ?? '')))
        roles.set(memberId, await roleOf(tx, device.tripId, memberId));
      const facts = await factsOf(tx, device.tripId, checked.changes);
      const { allowed, refused } = byPermission(
        (change) => ({ memberId: change.memberId ?? '', role: roles.get(change.memberId ?? '') ?? null }),
        checked.changes,
        facts,
      );
      await storeBundles(tx, device.tripId, signed.bundles);
      return { accepted: await storeChanges(tx, device.tripId, device.id, allowed), refused };
    });
    if (accepted > 0) void watch.told(device.tripId);
    // The log let go of what no device needs every so often, so that it grows with what was written,
    // and at once when a checkpoint came, which stands for many updates.
    const checkpoints = checked.changes.some((change) => isCheckpoint(change.value));
    if (compactAfter !== null && (checkpoints || (await needsCompaction(storage, device.tripId, compactAfter))))
      await storage.transaction((tx) => compactTrip(tx, device.tripId, new Date(now())));
    await recordSync(storage, device.id, new Date(time));
    return c.json({ accepted, refused, serverTime: isoAt(now()) });
  });

  app.get('/v1/trips/:tripId/changes', async (c) => {
    const device = c.get('device');
    const after = c.req.query('after') ?? '0';
    const limit = c.req.query('limit') ?? String(PAGE_SIZE);
    const afterId = c.req.query('id');
    if (!COUNT.test(after) || !COUNT.test(limit) || Number(limit) < 1 || Number(limit) > PAGE_SIZE) {
      throw new ApiError('invalid_body', `after is a number from 0, limit from 1 to ${PAGE_SIZE}.`);
    }
    if (afterId !== undefined && !recordId.safeParse(afterId).success)
      throw new ApiError('invalid_body', 'id is a change id.');
    // A new device starts from the trip as it is, not from every save ever made.
    if (compactAfter !== null && Number(after) === 0 && (await needsCompaction(storage, device.tripId, 1)))
      await storage.transaction((tx) => compactTrip(tx, device.tripId, new Date(now())));
    const page = await changesAfter(storage, device.tripId, Number(after), Number(limit));
    const signatures = await bundlesByIds(
      storage,
      device.tripId,
      page.changes.flatMap((change) => (change.bundle ? [change.bundle] : [])),
    );
    // Past the end of the log, or at a position that holds another change than the device pulled there: the
    // server lost what the device pulled (restored from a backup), however much was written since.
    const moved =
      afterId !== undefined && Number(after) > 0 && (await changeAt(storage, device.tripId, Number(after))) !== afterId;
    if (Number(after) > page.last || moved) {
      // The device has pulled changes this server no longer holds: its database was restored or
      // replaced. The device sends all it has again and pulls from the start (protocol section 6).
      throw new ApiError('cursor_ahead', `This server's log of the trip ends at ${page.last}, before ${after}.`, {
        last: page.last,
      });
    }
    await recordSync(storage, device.id, new Date(now()));
    const next = page.changes.at(-1)?.seq ?? Number(after);
    return c.json({
      changes: page.changes,
      bundles: signatures,
      next,
      more: page.more,
      remaining: page.remaining,
      serverTime: isoAt(now()),
    });
  });
  // The texts an organiser's device may stand for with checkpoints (section 6, compaction).
  app.get('/v1/trips/:tripId/checkpoints', async (c) => {
    const device = c.get('device');
    return c.json({
      texts: await crowdedTexts(storage, device.tripId, { atLeast: checkpointAfter, limit: CROWDED_TEXTS }),
    });
  });
}
