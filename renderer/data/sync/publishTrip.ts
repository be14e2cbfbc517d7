import { newId, type RecordId, recordId } from '@shared/model';
import { MAX_TEXT_UPDATE, SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import type { Change, RecordState } from '@shared/sync/merge';
import { factsOfRecord, refusalOf, type Writer } from '@shared/sync/permissions';
import { fromBase64, holdsAll, isTextUpdate, mergeUpdates, splitState, toBase64 } from '@shared/sync/texts';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { writerAs, writerOn } from '../device/writer';
import { stateKey, tripStates } from '../writes/recordStates';
import { stateOfRecord, writeTransaction } from '../writes/writes';

/** The member a device publishes or joins a trip as, before its connection is saved. */
export interface SyncBinding {
  memberId: RecordId;
  organiser: boolean;
}

/**
 * A record written before this device had sync, whatever device its
 * metadata names (an import, an older copy): no other device ever sent it,
 * so it goes as this device's, signed by it.
 */
function ownState(table: SyncedTable, record: Parameters<typeof stateOfRecord>[1], deviceId: string): RecordState {
  const state = stateOfRecord(table, record);
  const leaves = Object.fromEntries(Object.entries(state.leaves).map(([path, leaf]) => [path, { ...leaf, deviceId }]));
  return { ...state, leaves };
}

/** Whether the signed updates of a merged text in the device's log make all of its state. */
async function loggedWhole(store: Store, recordId: string, path: string, text: string): Promise<boolean> {
  const logged = await store.db.changeLog.where('[recordId+path]').equals([recordId, path]).toArray();
  const updates = logged.flatMap(({ value }) => (isTextUpdate(value) ? [fromBase64(value.yjs)] : []));
  return updates.length > 0 && holdsAll(mergeUpdates(updates))(fromBase64(text));
}

/**
 * Puts every leaf of a trip's records in the outbox, so that publishing the
 * trip sends all of it: records written before this device had sync have
 * no changes waiting. A leaf made then gets its change id now; a change
 * already waiting is not added twice; one already sent is sent again, and
 * the server keeps it once. Only this device's own values go: another
 * device's change carries that device's signature, which this one cannot
 * make; it goes from the log, as that device signed it (relay.ts). A merged
 * text goes from the log too when the log holds all of it, and otherwise
 * whole, as this device's, where its member may write it (the member of
 * `as`, the publish or join under way, else of the trip's connection). Answers
 * how many changes wait.
 */
export async function enqueueTrip(store: Store, tripId: RecordId, as?: SyncBinding): Promise<number> {
  const { db, ctx } = store;
  const writer = await (as ? writerAs(db, as) : writerOn(db, tripId));
  return writeTransaction(db, ownChangeTables(db), async () => {
    const waiting = new Set(await db.outbox.where('tripId').equals(tripId).primaryKeys());
    const { changes, states } = await ownChangesOf(store, tripId, writer, (id) => waiting.has(id));
    await db.recordStates.bulkPut(states.map((state) => ({ ...state, key: stateKey(state.table, state.id) })));
    await db.outbox.bulkPut(changes);
    await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
    return db.outbox.where('tripId').equals(tripId).count();
  });
}

/** The tables ownChangesOf reads and writes, for the caller's transaction. */
export function ownChangeTables(db: FieldbookDB) {
  return [...SYNCED_TABLES.map((table) => db.table(table)), db.changeLog];
}

/**
 * This device's own values of a trip as changes to send, but those `held`
 * elsewhere already (the outbox, the log); a merged text whole, as
 * enqueueTrip says. A leaf made before sync gets its change id now: the
 * merge states it answers, those it made or gave ids, hold it, for the
 * caller to write in the same transaction (ownChangeTables), with the clock.
 */
export async function ownChangesOf(
  store: Store,
  tripId: RecordId,
  writer: Writer | null,
  held: (changeId: string) => boolean,
): Promise<{ changes: Change[]; states: RecordState[] }> {
  const { db, ctx } = store;
  const changes: Change[] = [];
  const states: RecordState[] = [];
  const stored = new Map((await tripStates(db, tripId)).map((state) => [state.key, state]));
  for (const table of SYNCED_TABLES) {
    const records =
      table === 'trips'
        ? await db.trips.where('id').equals(tripId).toArray()
        : await db.table(table).where('tripId').equals(tripId).toArray();
    for (const record of records) {
      const found = stored.get(stateKey(table, record.id));
      const state = found ?? ownState(table, record, ctx.deviceId);
      const leaves = { ...state.leaves };
      let named = false;
      for (const [path, leaf] of Object.entries(state.leaves)) {
        const id = recordId.safeParse(leaf.id).success ? leaf.id : newId();
        named ||= id !== leaf.id;
        const { text, legacy, ...kept } = leaf;
        leaves[path] = { ...leaf, id };
        const at = { table, recordId: record.id, tripId, path };
        const own = leaf.deviceId === ctx.deviceId;
        if (text === undefined) {
          if (own && !held(id)) changes.push({ ...kept, ...at, id });
          continue;
        }
        if (
          writer &&
          refusalOf(writer, { ...at, recordId: String(record.id), value: leaf.value }, factsOfRecord(table, record))
        )
          continue;
        // Held whole by the log, the text goes from there, each part as its writer signed it (relay.ts).
        if (await loggedWhole(store, record.id, path, text)) continue;
        // A merged text goes whole, under new ids (the server may hold ids of parts of it): one update, or
        // several when one would be too long for a change; with the value it began from before texts merged.
        const mine = own
          ? {}
          : { hlc: ctx.clock.tick(), base: leaf.hlc, deviceId: ctx.deviceId, memberId: ctx.memberId };
        for (const part of splitState(fromBase64(text), MAX_TEXT_UPDATE))
          changes.push({ ...kept, ...mine, ...at, id: newId(), value: { yjs: toBase64(part) } });
        if (legacy && legacy.deviceId === ctx.deviceId && recordId.safeParse(legacy.id).success && !held(legacy.id))
          changes.push({ ...legacy, ...at });
      }
      // Only a state made or given ids here is written: a snapshot's states stay packed (recordStates.ts).
      if (!found || named) states.push({ ...state, leaves });
    }
  }
  return { changes, states };
}
