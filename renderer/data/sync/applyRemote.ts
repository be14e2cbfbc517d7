import { recordSchemas } from '@shared/model';
import { isMergedText, SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import { applyChange, type Change, checkChange, type Leaf, type RecordState, recordOf } from '@shared/sync/merge';
import type { Bundle } from '@shared/sync/signing';
import type { FieldbookDB } from '../database/db';
import type { HistoryEntry, LoggedChange, Setting } from '../database/rows';
import type { Store } from '../database/store';
import { keepHistory } from '../writes/changeHistory';
import { keepLost } from '../writes/lostChanges';
import { getStates, stateKey, stateTables } from '../writes/recordStates';
import { stateOfRecord } from '../writes/writes';

/**
 * A leaf with the author the server gives a change it holds (as its winner, a
 * concurrent change, or a plain value of a merged text): this device's own
 * change come back, whose writer the server took from the device's token
 * (docs/sync-protocol.md, section 8), so that it shows the same author as on
 * every other device. A merged text's update already in its text names no one anew.
 */
function authored(leaf: Leaf, change: Change): Leaf {
  const renamed = (head: { id: string; memberId: string | null }) =>
    head.id === change.id && head.memberId !== change.memberId;
  let next = renamed(leaf) ? { ...leaf, memberId: change.memberId } : leaf;
  const { concurrent, legacy } = leaf;
  if (concurrent?.some(renamed))
    next = {
      ...next,
      concurrent: concurrent.map((head) => (renamed(head) ? { ...head, memberId: change.memberId } : head)),
    };
  if (legacy && authored(legacy, change) !== legacy) next = { ...next, legacy: authored(legacy, change) };
  return next;
}

function withAuthorOf(state: RecordState, change: Change): RecordState {
  const leaf = state.leaves[change.path];
  const next = leaf && authored(leaf, change);
  return next === leaf || !next ? state : { ...state, leaves: { ...state.leaves, [change.path]: next } };
}

/**
 * The merge state of every record the changes touch, read in bulk: from
 * their rows or the snapshot the trip began from (recordStates.ts), or, for a record written before it had one, from the record.
 */
export async function loadStates(db: FieldbookDB, changes: readonly Change[]): Promise<Map<string, RecordState>> {
  const keys = [...new Set(changes.map((change) => stateKey(change.table, change.recordId)))];
  const states = new Map<string, RecordState>();
  for (const [index, state] of (await getStates(db, keys)).entries()) {
    const key = keys[index];
    if (state && key) states.set(key, state);
  }
  const unknown = new Map<SyncedTable, Set<string>>();
  for (const change of changes) {
    if (states.has(stateKey(change.table, change.recordId))) continue;
    const ids = unknown.get(change.table) ?? new Set<string>();
    ids.add(change.recordId);
    unknown.set(change.table, ids);
  }
  for (const [table, ids] of unknown) {
    for (const record of await db.table(table).bulkGet([...ids])) {
      if (record) states.set(stateKey(table, record.id), stateOfRecord(table, record));
    }
  }
  return states;
}

/** The tables applyRemote writes: for a caller that applies changes with more in the same transaction. */
export function applyRemoteTables(db: FieldbookDB) {
  return [
    ...SYNCED_TABLES.map((table) => db.table(table)),
    ...stateTables(db),
    db.lostChanges,
    db.changeHistory,
    db.settings,
    db.changeLog,
    db.bundles,
  ];
}

export interface Applied {
  /** Changes that are now the value of their leaf here. */
  applied: number;
  /** Changes newly marked lost (shared/sync/merge.ts, lostOf), kept for the history. */
  lost: number;
}

/**
 * The changes a device may apply: each checked as the server checks a push
 * (its shape, a leaf of its table, a value within that leaf's limits). One
 * that fails is skipped, never stored: a server that kept it (one from
 * before a limit, or one that is not what it should be) must not stop this
 * device taking in the others, and every device skips it alike.
 */
function acceptable(candidates: readonly unknown[]): Change[] {
  return candidates.flatMap((candidate) => {
    const checked = checkChange(candidate);
    return checked.ok ? [checked.change] : [];
  });
}

/**
 * Applies changes from other devices (a pull from the sync server), all or
 * none, in one transaction: each leaf takes the later change (shared/sync
 * merge rule) and keeps the changes concurrent with it, records are rebuilt
 * from their leaves and written when they are whole and valid, and the
 * changes lost are marked for the history as the leaves now say (those no
 * writer replaced, with another value than the winner's), marks the leaves
 * no longer bear taken off. Unlike local writes, nothing is stamped again and
 * nothing goes to the outbox: a remote change is never sent back. A change
 * that fails the server's own checks is skipped (acceptable); the position
 * reached is written all the same. The signed changes are kept in the
 * device's log with their bundles (`signed`, those of the pull), to be
 * passed on as their authors signed them (relay.ts).
 */
export async function applyRemote(
  store: Store,
  received: readonly unknown[],
  /** Settings to write in the same transaction: how far the pull that brought the changes got. */
  reached: readonly Setting[] = [],
  signed: readonly Bundle[] = [],
): Promise<Applied> {
  const { db, ctx } = store;
  const changes = acceptable(received);
  return db.transaction('rw', applyRemoteTables(db), async () => {
    const states = await loadStates(db, changes);
    const before = new Map(states);
    let applied = 0;
    // The history of the records that keep one: every change new here, applied or not.
    const history: HistoryEntry[] = [];
    for (const change of changes) {
      const key = stateKey(change.table, change.recordId);
      const before = states.get(key);
      const { state, outcome } = applyChange(before, change);
      states.set(key, outcome === 'duplicate' ? withAuthorOf(state, change) : state);
      const previous = before?.leaves[change.path];
      const merged = isMergedText(change.table, change.path);
      if (outcome !== 'duplicate')
        history.push({
          ...change,
          // A merged text's history shows the text it made, not the update.
          ...(merged ? { value: state.leaves[change.path]?.value } : {}),
          origin: 'remote',
          ...(outcome === 'applied' && previous ? { previous: previous.value } : {}),
        });
      if (outcome === 'applied') applied += 1;
      ctx.clock.receive(change.hlc);
    }
    const touched = new Map(
      changes.map((change) => [`${stateKey(change.table, change.recordId)}/${change.path}`, change]),
    );
    const lost = await keepLost(
      db,
      [...touched.values()].map(({ table, recordId, path }) => {
        const key = stateKey(table, recordId);
        return { before: before.get(key), after: states.get(key), path };
      }),
    );
    // Written in bulk, a request per table rather than two per record: a first sync writes thousands.
    await db.recordStates.bulkPut(
      [...states.values()].map((state) => ({ ...state, key: stateKey(state.table, state.id) })),
    );
    const records = new Map<SyncedTable, unknown[]>();
    for (const state of states.values()) {
      // A record whose leaves have not all arrived yet (a first sync cut into pages) waits for them.
      const record = recordSchemas[state.table].safeParse(recordOf(state));
      if (!record.success) continue;
      const rows = records.get(state.table) ?? [];
      rows.push(record.data);
      records.set(state.table, rows);
    }
    for (const [table, rows] of records) await db.table(table).bulkPut(rows);
    await keepHistory(db, history);
    await keepInLog(db, changes, signed);
    await db.settings.put({ key: 'clock', value: ctx.clock.latest() });
    await db.settings.bulkPut(reached);
    return { applied, lost };
  });
}

/** The last place given in the device's log: each change logged takes the next, so an export can start after one. */
const LOGGED_AT = 'changeLog:at';

/**
 * The signed changes pulled, and the bundles that sign them, into the
 * device's log, each change once, at the next place in it (`at`). This
 * device's own come back too, as the server holds them: so the log holds
 * every writer's parts of a merged text, each signed by its writer.
 */
async function keepInLog(db: FieldbookDB, changes: readonly Change[], signed: readonly Bundle[]): Promise<void> {
  // Each change once, even when what brought it holds it twice (a file with its writer's copy and a relayed one).
  const candidates = [
    ...new Map(
      changes.filter((change) => typeof change.bundle === 'string').map((change) => [change.id, change]),
    ).values(),
  ];
  const held = new Set(
    await db.changeLog
      .where('id')
      .anyOf(candidates.map((change) => change.id))
      .primaryKeys(),
  );
  const fresh = candidates.filter((change) => !held.has(change.id));
  if (fresh.length === 0) return;
  const last = (await db.settings.get(LOGGED_AT))?.value;
  const from = typeof last === 'number' ? last : 0;
  const logged = fresh.map(
    (change, index): LoggedChange => ({ ...change, bundle: change.bundle ?? '', at: from + index + 1 }),
  );
  const used = new Set(logged.map((change) => change.bundle));
  await db.changeLog.bulkAdd(logged);
  await db.bundles.bulkPut(signed.filter((bundle) => used.has(bundle.id)));
  await db.settings.put({ key: LOGGED_AT, value: from + logged.length });
}
