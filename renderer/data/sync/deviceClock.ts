import { MAX_SKEW_MS, parseHlc } from '@shared/sync/hlc';
import { SYNCED_TABLES } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import { CLOCK_CORRECTION, type Store } from '../database/store';
import { lowerExportClocks } from '../device/exportMarks';
import { getState, latestStamp, stateTables } from '../writes/recordStates';

/**
 * A device clock off by less than this is left alone: requests take time,
 * and correcting by a few seconds would only move stamps about.
 */
export const CLOCK_TOLERANCE_MS = 60_000;

/**
 * Takes the server's time from an answer and corrects the device's clock by
 * it when the device is off by more than the tolerance (and stops correcting
 * once it is right again); the correction is kept for the next start.
 * Answers the correction now in use (ms).
 */
export async function learnServerTime(store: Store, serverTime: string): Promise<number> {
  const { clock } = store.ctx;
  const server = Date.parse(serverTime);
  if (Number.isNaN(server)) return clock.correction();
  const device = clock.now() - clock.correction();
  const measured = server - device;
  const correction = Math.abs(measured) < CLOCK_TOLERANCE_MS ? 0 : measured;
  if (Math.abs(correction - clock.correction()) >= CLOCK_TOLERANCE_MS) {
    clock.correct(correction);
    await store.db.settings.put({ key: CLOCK_CORRECTION, value: correction });
  }
  return clock.correction();
}

type Stamped = { hlc: string; updatedAt: string; createdAt: string } & Record<string, unknown>;

const iso = (stamp: string) => new Date(parseHlc(stamp).millis).toISOString();

/**
 * Stamps afresh, on the corrected clock, every change still waiting in the
 * outbox that was stamped ahead of the corrected time (the server refuses
 * them), in one transaction: the changes, the leaves they hold in the
 * records' merge state, and the records themselves, each write keeping its
 * order among the others and a later edit still naming the stamp it
 * replaced. Safe because nobody else has seen these stamps: a change a push
 * carried is stamped afresh only if the server could not have taken it. The clock goes
 * back to the latest stamp it holds from elsewhere, never below it, so an
 * edit over a change received from another device still comes after it.
 * Answers how many changes were stamped afresh.
 */
export async function restampUnsent(store: Store, serverTime?: string): Promise<number> {
  const { db, ctx } = store;
  const tables = SYNCED_TABLES.map((table) => db.table(table));
  return db.transaction('rw', [...tables, db.outbox, ...stateTables(db), db.settings], async () => {
    const now = ctx.clock.now();
    // What the server takes, by its own time when it just said it: a clock up to a minute off is left
    // uncorrected (CLOCK_TOLERANCE_MS), and by its own time alone it could keep a change the server refuses.
    const takes = (serverTime ? Date.parse(serverTime) : now) + MAX_SKEW_MS;
    const unsent = await db.outbox.toArray();
    // A change a push or a file has carried may be held elsewhere already (an answer lost, a file taken in),
    // unless it is stamped further ahead than the server ever takes: stamped afresh, it would differ here from
    // what others hold.
    const ahead = unsent.filter(({ hlc, sending }) => parseHlc(hlc).millis > (sending ? takes : now));
    if (ahead.length === 0) return 0;
    const aheadIds = new Set(ahead.map((change) => change.id));
    const kept = await latestStamp(db, (leafId) => !aheadIds.has(leafId));
    ctx.clock.rewind(kept);
    await lowerExportClocks(db, kept);
    // One write made all the changes of one stamp: they share the new one.
    const fresh = new Map<string, string>();
    for (const stamp of [...new Set(ahead.map((change) => change.hlc))].sort()) fresh.set(stamp, ctx.clock.tick());
    const restamp = (stamp: string | null) => (stamp === null ? null : (fresh.get(stamp) ?? stamp));
    await db.outbox.bulkPut(
      unsent.map(
        (change): Change => ({ ...change, hlc: restamp(change.hlc) ?? change.hlc, base: restamp(change.base) }),
      ),
    );
    const records = new Map(ahead.map((change) => [`${change.table}:${change.recordId}`, change]));
    for (const [key, change] of records) {
      const state = await getState(db, key);
      if (state) {
        // Every stamp a leaf keeps of these changes, the stamps its writers replaced (`seen`) and its
        // concurrent changes too: a later edit that still named a change's old stamp as seen would take
        // that change, when it comes back from the server under its new one, for a concurrent one it beat
        // (the property test, seed 1009502853: a deletion sent while fast, its answer lost, then undone).
        const head = <T extends { hlc: string; base: string | null }>(one: T): T => ({
          ...one,
          hlc: restamp(one.hlc) ?? one.hlc,
          base: restamp(one.base),
        });
        const leaves = Object.fromEntries(
          Object.entries(state.leaves).map(([path, leaf]) => [
            path,
            {
              ...head(leaf),
              ...(leaf.seen ? { seen: leaf.seen.map((stamp) => restamp(stamp) ?? stamp) } : {}),
              ...(leaf.concurrent ? { concurrent: leaf.concurrent.map(head) } : {}),
            },
          ]),
        );
        await db.recordStates.put({ ...state, leaves });
      }
      const table = db.table<Stamped, string>(change.table);
      const record = await table.get(change.recordId);
      const stamp = record && fresh.get(record.hlc);
      if (record && stamp) {
        const updatedAt = iso(stamp);
        // A record made while the clock was ahead was made now, not in the future.
        const madeAhead = record.createdAt > updatedAt;
        await table.put({ ...record, hlc: stamp, updatedAt, ...(madeAhead ? { createdAt: updatedAt } : {}) });
      }
    }
    await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
    return ahead.length;
  });
}
