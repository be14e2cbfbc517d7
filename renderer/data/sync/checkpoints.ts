import { newId, type RecordId } from '@shared/model';
import type { SyncServer } from '@shared/sync/client';
import { MAX_TEXT_UPDATE } from '@shared/sync/leaves';
import { checkChange, latestOf } from '@shared/sync/merge';
import type { Checkpoint } from '@shared/sync/texts';
import type { OutboxChange } from '../database/rows';
import type { Store } from '../database/store';
import { getStates, stateKey, stateTables } from '../writes/recordStates';
import { pulledUpTo } from './cursor';
import { signingMember } from './signatures';

/**
 * Checkpoints of the texts typed save after save (docs/sync-protocol.md,
 * section 3.4): an organiser's device, once it has pulled, stands for the
 * updates of each text the server lists as crowded with its whole state of
 * the text, signed as its own change, so that the server lets go of them
 * and a new device's first sync takes one change per text, not every
 * autosave. A text with a change still waiting here is left for a later
 * sync: its state holds what the server has not stored yet. A text in
 * `made` (those of this sync's earlier rounds) is not made again, so a
 * server that still lists one gets no second. Answers how many checkpoints
 * it put in the outbox.
 */
export async function makeCheckpoints(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
  made: Set<string> = new Set(),
): Promise<number> {
  const { db, ctx } = store;
  // Judged as the server judges it: the role the roster gives the member this device signs as.
  const memberId = await signingMember(store, tripId);
  const member = memberId ? await db.members.get(memberId) : undefined;
  if (!memberId || member?.role !== 'organiser' || member.deletedAt !== null) return 0;
  const texts = await server.checkpoints(tripId);
  if (texts.length === 0) return 0;
  return db.transaction('rw', [db.outbox, ...stateTables(db), db.settings], async () => {
    const upTo = await pulledUpTo(db, tripId);
    const states = await getStates(
      db,
      texts.map(({ table, recordId }) => stateKey(table, recordId)),
    );
    // The leaves with a change of this device's still waiting, read once.
    const waiting = new Set(
      (await db.outbox.where('tripId').equals(tripId).toArray()).map((change) => `${change.recordId}/${change.path}`),
    );
    const checkpoints: OutboxChange[] = [];
    for (const [index, { table, recordId, path }] of texts.entries()) {
      const key = `${table}/${recordId}/${path}`;
      if (made.has(key)) continue;
      made.add(key);
      const leaf = states[index]?.leaves[path];
      if (!leaf?.text || leaf.text.length > MAX_TEXT_UPDATE) continue;
      if (waiting.has(`${recordId}/${path}`)) continue;
      const value: Checkpoint = { yjs: leaf.text, upTo, head: latestOf(leaf) };
      const change = {
        id: newId(),
        table,
        recordId,
        tripId,
        path,
        value,
        hlc: ctx.clock.tick(),
        base: leaf.hlc,
        deviceId: ctx.deviceId,
        memberId,
      };
      if (checkChange(change).ok) checkpoints.push({ ...change, replaced: leaf });
    }
    await db.outbox.bulkAdd(checkpoints);
    await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
    return checkpoints.length;
  });
}
