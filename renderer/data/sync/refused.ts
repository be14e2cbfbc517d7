import type { RecordId } from '@shared/model';
import { recordSchemas } from '@shared/model';
import { withoutChange } from '@shared/sync/concurrent';
import { isMergedText, SYNCED_TABLES } from '@shared/sync/leaves';
import { type Leaf, recordOf } from '@shared/sync/merge';
import type { Refusal } from '@shared/sync/permissions';
import type { FieldbookDB } from '../database/db';
import type { LostChange, OutboxChange } from '../database/rows';
import type { Store } from '../database/store';
import { keepLost, type LeafMove } from '../writes/lostChanges';
import { deleteState, getState, stateKey, stateTables } from '../writes/recordStates';
import { cursorKeys } from './cursor';

/** What the server refused of this device's changes, for the screens to say until the user has read it. */
export interface Refusals {
  tripId: RecordId;
  count: number;
  reasons: Refusal[];
  at: string;
}

const key = (tripId: RecordId) => `sync:${tripId}:refused`;

export async function getRefusals(db: FieldbookDB, tripId: RecordId): Promise<Refusals | null> {
  const setting = await db.settings.get(key(tripId));
  return (setting?.value as Refusals | undefined) ?? null;
}

export async function dismissRefusals(store: Store, tripId: RecordId): Promise<void> {
  await store.db.settings.delete(key(tripId));
}

/**
 * Takes back, on this device, changes the sync server refused by the roles
 * (a role changed before this device heard of it: shared/sync/permissions.ts),
 * in one transaction: each leaf goes back to what the change replaced here
 * while the change still holds it, with the changes received since (the
 * later wins; shared/sync/concurrent.ts, withoutChange), the record is made again of its leaves,
 * and the refused value is kept with the record's lost changes, so that its
 * history shows it and nothing typed is gone; the screens say why. A merged
 * text goes back to its state before this device's refused updates, and the
 * trip is pulled again from the start, so that what others wrote since comes
 * back into it.
 */
export async function takeBackRefused(
  store: Store,
  tripId: RecordId,
  refused: readonly { change: OutboxChange; reason: Refusal }[],
): Promise<void> {
  if (refused.length === 0) return;
  const { db } = store;
  const tables = SYNCED_TABLES.map((table) => db.table(table));
  await db.transaction('rw', [...tables, ...stateTables(db), db.lostChanges, db.settings], async () => {
    let pullAgain = false;
    const kept: LostChange[] = [];
    const moves: LeafMove[] = [];
    for (const { change, reason } of refused) {
      const state = await getState(db, stateKey(change.table, change.recordId));
      const leaf = state?.leaves[change.path];
      if (!state || !leaf) continue;
      const merged = isMergedText(change.table, change.path);
      // A later change from elsewhere took the leaf: nothing of the refused one shows here.
      if (!merged && leaf.id !== change.id) continue;
      pullAgain ||= merged;
      const { sending: _sent, replaced, ...sent } = change;
      kept.push({ ...sent, value: merged ? leaf.value : change.value, refused: reason });
      const leaves: Record<string, Leaf> = { ...state.leaves };
      const back = merged ? replaced : withoutChange(leaf, change, replaced ?? null);
      if (back) leaves[change.path] = back;
      else delete leaves[change.path];
      const table = db.table(change.table);
      const next = { ...state, leaves };
      moves.push({ before: state, after: next, path: change.path });
      if (Object.keys(leaves).length === 0) {
        await deleteState(db, state);
        await table.delete(change.recordId);
        continue;
      }
      await db.recordStates.put(next);
      const record = recordSchemas[change.table].safeParse(recordOf(next));
      if (record.success) await table.put(record.data);
    }
    await keepLost(db, moves);
    await db.lostChanges.bulkPut(kept);
    const before = await getRefusals(db, tripId);
    await db.settings.put({
      key: key(tripId),
      value: {
        tripId,
        count: (before?.count ?? 0) + refused.length,
        reasons: [...new Set([...(before?.reasons ?? []), ...refused.map(({ reason }) => reason)])],
        at: store.ctx.now().toISOString(),
      } satisfies Refusals,
    });
    if (pullAgain) await db.settings.bulkPut(cursorKeys(tripId).map((name) => ({ key: name, value: null })));
  });
}
