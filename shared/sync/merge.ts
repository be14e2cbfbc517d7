import { z } from 'zod';
import { recordId } from '../model/ids';
import { clockStamp, deviceId } from '../model/meta';
import { headOf, holds, horizonOf, lostHeads, type ValueLeaf, wins, withChange } from './concurrent';
import { parseHlc } from './hlc';
import { DELETED_AT, emptyRecord, isLeafPath, isSyncedTable, leafSchema, type SyncedTable, withLeaf } from './leaves';
import {
  clientsOf,
  firstClientOf,
  fromBase64,
  isCheckpoint,
  isMergedText,
  isReadableUpdate,
  isTextUpdate,
  mergeUpdates,
  textOf,
  toBase64,
  type VouchedHead,
} from './texts';

/**
 * One leaf of one record set to a value by one write (docs/sync-protocol.md,
 * section 3.1). `memberId` is who wrote it; the server replaces it with the
 * member of the device's token.
 */
export const change = z.object({
  id: recordId,
  table: z.string().max(32).refine(isSyncedTable, 'unknown_table'),
  recordId,
  tripId: recordId,
  /** A leaf path (leafPaths): the longest is some 30 characters. */
  path: z.string().min(1).max(64),
  /** Checked against its leaf's own schema (leafSchema, checkChange). */
  value: z.unknown(),
  hlc: clockStamp,
  /** The stamp of the leaf's value its writer saw and replaced; null for a leaf it made. */
  base: clockStamp.nullable(),
  deviceId,
  memberId: recordId.nullable(),
  /**
   * The bundle whose signature covers it (signing.ts, section 9): absent
   * until it leaves its device; null for a change stored before signatures.
   */
  bundle: recordId.nullable().optional(),
});
export type Change = z.infer<typeof change> & { table: SyncedTable };

export type ChangeProblem = 'unknown_table' | 'unknown_leaf' | 'invalid_value' | 'invalid_change';

/** Whether a change may be applied: its shape, its table, a leaf of that table, a value that leaf accepts. */
export function checkChange(candidate: unknown): { ok: true; change: Change } | { ok: false; problem: ChangeProblem } {
  const parsed = change.safeParse(candidate);
  if (!parsed.success) {
    const unknownTable = parsed.error.issues.some((issue) => issue.message === 'unknown_table');
    return { ok: false, problem: unknownTable ? 'unknown_table' : 'invalid_change' };
  }
  const table = parsed.data.table as SyncedTable;
  if (!isLeafPath(table, parsed.data.path)) return { ok: false, problem: 'unknown_leaf' };
  const schema = leafSchema(table, parsed.data.path);
  if (!schema?.safeParse(parsed.data.value).success) return { ok: false, problem: 'invalid_value' };
  // An update that Yjs cannot read would stop every device that received it from syncing.
  const { value } = parsed.data;
  if (isTextUpdate(value) && !isReadableUpdate(value.yjs)) return { ok: false, problem: 'invalid_value' };
  return { ok: true, change: { ...parsed.data, table } };
}

export { sameValue, wins } from './concurrent';

/**
 * The change that set a leaf's current value, with the changes concurrent
 * with it and the stamps its writers replaced (concurrent.ts, ValueLeaf). A
 * merged text's leaf (texts.ts) names its latest change, holds its merged
 * Yjs state (`text`, base64) with the plain text it makes as `value`, and
 * the latest of its changes from before texts merged (`legacy`, a value
 * leaf of those changes), which it began from.
 */
export type Leaf = ValueLeaf & {
  text?: string;
  legacy?: Leaf;
};

/** A record as its leaves, each with the change that won it. */
export interface RecordState {
  table: SyncedTable;
  id: string;
  tripId: string;
  leaves: Readonly<Record<string, Leaf>>;
}

/** `applied`: the change is the leaf's value now; `duplicate`: it was already; `older`: a later change holds the leaf. */
export type Outcome = 'applied' | 'duplicate' | 'older';

/**
 * Applies one change to a record (pure). Commutative, associative and
 * idempotent: any order, batching or repetition of the same changes gives
 * the same record.
 */
export function applyChange(
  state: RecordState | undefined,
  incoming: Change,
): { state: RecordState; outcome: Outcome } {
  const base: RecordState = state ?? {
    table: incoming.table,
    id: incoming.recordId,
    tripId: incoming.tripId,
    leaves: {},
  };
  const current = base.leaves[incoming.path];
  // A merged text tells a repeat by its text: a checkpoint's head may name a change not merged here yet.
  if (isMergedText(incoming.table, incoming.path)) return mergeText(base, current, incoming);
  if (current?.id === incoming.id) return { state: base, outcome: 'duplicate' };
  if (holds(current, incoming.id)) return { state: base, outcome: 'duplicate' };
  const leaf = withChange(current, incoming);
  return {
    state: { ...base, leaves: { ...base.leaves, [incoming.path]: leaf } },
    outcome: leaf.id === incoming.id ? 'applied' : 'older',
  };
}

/** A merged text's leaf names its latest change without its value, which is the text; a checkpoint's head too. */
export const latestOf = ({ id, hlc, base, deviceId, memberId, bundle }: VouchedHead) => ({
  id,
  hlc,
  base,
  deviceId,
  memberId,
  ...(bundle === undefined ? {} : { bundle }),
});

/** A leaf's plain value from before texts merged: its own value while it has no merged state. */
function legacyOf(leaf: Leaf | undefined): Leaf | undefined {
  if (!leaf) return undefined;
  return leaf.text === undefined && !leaf.legacy && typeof leaf.value === 'string' ? leaf : leaf.legacy;
}

/**
 * A change of a merged text: an update joins the merged state (no change of
 * it ever loses); a plain value from before texts merged joins the leaf's
 * legacy value leaf (the later wins, concurrent ones are kept), and shows
 * only while no update came.
 */
function mergeText(
  base: RecordState,
  current: Leaf | undefined,
  incoming: Change,
): { state: RecordState; outcome: Outcome } {
  const { value } = incoming;
  // A checkpoint names the latest change it holds, not itself: every device then names the same last writer.
  const candidate = isCheckpoint(value) ? value.head : incoming;
  const latest = latestOf(!current || wins(candidate, current) ? candidate : current);
  let leaf: Leaf;
  let outcome: Outcome = 'applied';
  if (isTextUpdate(value)) {
    const update = fromBase64(value.yjs);
    // A leaf's first update is its state as it came: merging one update alone would only copy it.
    const merged = current?.text ? mergeUpdates([fromBase64(current.text), update]) : update;
    const text = merged === update ? value.yjs : toBase64(merged);
    leaf = { ...latest, value: textOf(merged), text, legacy: legacyOf(current) };
    // An update whose text was here already (a compacted log's one update for many) changes nothing one sees.
    if (current?.text && leaf.value === current.value) outcome = 'duplicate';
  } else {
    const before = legacyOf(current);
    if (holds(before, incoming.id)) return { state: base, outcome: 'duplicate' };
    const legacy: Leaf = withChange(before, incoming);
    if (legacy.id !== incoming.id) outcome = 'older';
    leaf = current?.text
      ? { ...latest, value: current.value, text: current.text, legacy }
      : { ...latest, value: legacy.value, legacy };
  }
  if (leaf.legacy === undefined) delete leaf.legacy;
  return { state: { ...base, leaves: { ...base.leaves, [incoming.path]: leaf } }, outcome };
}

const isoOf = (stamp: string) => new Date(parseHlc(stamp).millis).toISOString();

/**
 * The record a state stands for: its leaves in place, and the envelope
 * derived from them (docs/sync-protocol.md, section 3.3).
 */
export function recordOf(state: RecordState): Record<string, unknown> {
  const leaves = Object.entries(state.leaves);
  const latest = leaves.reduce<Leaf | undefined>(
    (best, [, leaf]) => (!best || wins(leaf, best) ? leaf : best),
    undefined,
  );
  const earliest = leaves.reduce<string | undefined>(
    (first, [, leaf]) => (first === undefined || leaf.hlc < first ? leaf.hlc : first),
    undefined,
  );
  let record = emptyRecord(state.table);
  for (const [path, leaf] of leaves.sort(([a], [b]) => a.localeCompare(b))) record = withLeaf(record, path, leaf.value);
  const envelope = {
    id: state.id,
    ...(state.table === 'trips' ? {} : { tripId: state.tripId }),
    createdAt: earliest ? isoOf(earliest) : null,
    updatedAt: latest ? isoOf(latest.hlc) : null,
    hlc: latest?.hlc ?? null,
    updatedBy: latest ? { deviceId: latest.deviceId, memberId: latest.memberId } : null,
    deletedAt: state.leaves[DELETED_AT]?.value ?? null,
  };
  return { ...record, ...envelope };
}

/** The key of a record among all tables. */
export const recordKey = (table: string, id: string) => `${table}:${id}`;

/**
 * The changes of a record's leaf that lost (docs/sync-protocol.md, section
 * 3.2): those no writer replaced, other than the winner, whose value differs
 * from the winner's (concurrent.ts). A merged text's updates never lose; its
 * plain values from before texts merged lose as values do, and the latest
 * of them too when the merged text did not begin from it (a device that had
 * not yet received it began the text from an older one), so that its text
 * stays in the history. A function of the leaf, which is one of the changes
 * alone: every device that has the same changes marks the same ones.
 */
export function lostOf(state: RecordState | undefined, path: string): Change[] {
  const leaf = state?.leaves[path];
  if (!state || !leaf) return [];
  const merged = isMergedText(state.table, path);
  const values = merged ? legacyOf(leaf) : leaf;
  const lost = lostHeads(values);
  if (merged && values && !begunFrom(state, path, leaf, values)) lost.push(headOf(values));
  return lost.map((head) => ({ ...head, table: state.table, recordId: state.id, tripId: state.tripId, path }));
}

/**
 * How a leaf's lost changes moved from one state of its record to the next
 * (a device applying changes, or writing): those lost now, and those lost
 * before and no more (a writer replaced them since, or the winner holds
 * their value now), so that a device's marks are those of its leaves,
 * whatever order the changes came in. A change that merely fell past the
 * horizon keeps its mark: its text stays in the history.
 */
export function lostMoves(
  before: RecordState | undefined,
  after: RecordState | undefined,
  path: string,
): { lost: Change[]; cleared: string[] } {
  const lost = lostOf(after, path);
  const now = new Set(lost.map((change) => change.id));
  const leaf = after?.leaves[path];
  const values = after && leaf && isMergedText(after.table, path) ? legacyOf(leaf) : leaf;
  const horizon = values ? horizonOf(values) : '';
  const cleared = lostOf(before, path)
    .filter((change) => !now.has(change.id) && change.hlc >= horizon)
    .map((change) => change.id);
  return { lost, cleared };
}

/** Whether a merged text began from its latest plain value (or has no text yet, or nothing to begin from). */
function begunFrom(state: RecordState, path: string, leaf: Leaf, legacy: Leaf): boolean {
  if (!leaf.text || typeof legacy.value !== 'string' || legacy.value === '') return true;
  return clientsOf(fromBase64(leaf.text)).has(firstClientOf(state.id, path, legacy.value));
}

/**
 * The records a set of changes makes, in any order: the oracle every device
 * and the server must agree with, and the ids of the changes that lost.
 */
export function mergeAll(changes: Iterable<Change>): { records: Map<string, RecordState>; lost: Set<string> } {
  const all = [...changes];
  const records = new Map<string, RecordState>();
  for (const incoming of all) {
    const key = recordKey(incoming.table, incoming.recordId);
    records.set(key, applyChange(records.get(key), incoming).state);
  }
  const lost = new Set<string>();
  for (const state of records.values())
    for (const path of Object.keys(state.leaves)) for (const change of lostOf(state, path)) lost.add(change.id);
  return { records, lost };
}
