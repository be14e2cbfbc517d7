import { z } from 'zod';
import { recordId } from '../model/ids';
import { clockStamp, deviceId } from '../model/meta';
import { parseHlc } from './hlc';
import { DELETED_AT, emptyRecord, isLeafPath, isSyncedTable, leafSchema, type SyncedTable, withLeaf } from './leaves';
import {
  clientsOf,
  firstClientOf,
  fromBase64,
  isMergedText,
  isReadableUpdate,
  isTextUpdate,
  mergeUpdates,
  textOf,
  toBase64,
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

/**
 * The change that set a leaf's current value. A merged text's leaf (texts.ts)
 * names its latest change, holds its merged Yjs state (`text`, base64) with
 * the plain text it makes as `value`, and the latest of its changes from
 * before texts merged (`legacy`), which it began from.
 */
export type Leaf = Pick<Change, 'id' | 'value' | 'hlc' | 'base' | 'deviceId' | 'memberId' | 'bundle'> & {
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

/**
 * Which of two changes of one leaf wins: the later stamp; stamps end with the
 * device id, so two devices never tie; the change id settles the impossible
 * rest, so the rule is total.
 */
export function wins(a: Pick<Change, 'hlc' | 'id'>, b: Pick<Change, 'hlc' | 'id'>): boolean {
  return a.hlc === b.hlc ? a.id > b.id : a.hlc > b.hlc;
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
  if (current?.id === incoming.id) return { state: base, outcome: 'duplicate' };
  if (isMergedText(incoming.table, incoming.path)) return mergeText(base, current, incoming);
  if (current && !wins(incoming, current)) return { state: base, outcome: 'older' };
  const { id, value, hlc, deviceId, memberId } = incoming;
  const leaf: Leaf = { id, value, hlc, base: incoming.base, deviceId, memberId };
  return {
    state: { ...base, leaves: { ...base.leaves, [incoming.path]: leaf } },
    outcome: 'applied',
  };
}

/** A leaf's plain value from before texts merged: its own value while it has no merged state. */
function legacyOf(leaf: Leaf | undefined): Leaf | undefined {
  if (!leaf) return undefined;
  return leaf.text === undefined && !leaf.legacy && typeof leaf.value === 'string' ? leaf : leaf.legacy;
}

/**
 * A change of a merged text: an update joins the merged state (no change of
 * it ever loses); a plain value from before texts merged takes the leaf's
 * legacy value by the later-wins rule, and shows only while no update came.
 */
function mergeText(
  base: RecordState,
  current: Leaf | undefined,
  incoming: Change,
): { state: RecordState; outcome: Outcome } {
  const { id, value, hlc, deviceId, memberId } = incoming;
  const latest = !current || wins(incoming, current) ? { id, hlc, base: incoming.base, deviceId, memberId } : current;
  let leaf: Leaf;
  let outcome: Outcome = 'applied';
  if (isTextUpdate(value)) {
    const update = fromBase64(value.yjs);
    const merged = current?.text ? mergeUpdates([fromBase64(current.text), update]) : mergeUpdates([update]);
    leaf = { ...latest, value: textOf(merged), text: toBase64(merged), legacy: legacyOf(current) };
    // An update whose text was here already (a compacted log's one update for many) changes nothing one sees.
    if (current?.text && leaf.value === current.value) outcome = 'duplicate';
  } else {
    const before = legacyOf(current);
    const legacy =
      !before || wins(incoming, before) ? { id, value, hlc, base: incoming.base, deviceId, memberId } : before;
    if (legacy === before) outcome = 'older';
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
 * Whether a change lost: its leaf's winner was written without knowing it
 * (the value the winner replaced is older than the change: the two were
 * made at the same time, each unaware of the other) and holds another
 * value. A later edit over a change it saw is editing, not a conflict. A
 * function of the changes alone, so every device that has the same changes
 * marks the same ones, whatever order they came in.
 */
export function isLost(state: RecordState | undefined, candidate: Change): boolean {
  if (state && isMergedText(state.table, candidate.path)) return isLostText(state, candidate);
  const winner = state?.leaves[candidate.path];
  if (!winner || winner.id === candidate.id) return false;
  const unaware = (winner.base ?? '') < candidate.hlc;
  return unaware && !sameValue(winner.value, candidate.value);
}

/**
 * Whether a change of a merged text lost: never an update, which merges. A
 * plain value from before texts merged loses as any value does to the latest
 * of them; and that latest one too, when the merged text was not begun from
 * it (a device that had not yet received it began the text from an older
 * one), so that its text stays in the history.
 */
function isLostText(state: RecordState, candidate: Change): boolean {
  if (isTextUpdate(candidate.value)) return false;
  const leaf = state.leaves[candidate.path];
  const winner = legacyOf(leaf);
  if (!leaf || !winner) return false;
  if (winner.id !== candidate.id) {
    return (winner.base ?? '') < candidate.hlc && !sameValue(winner.value, candidate.value);
  }
  if (!leaf.text || typeof winner.value !== 'string' || winner.value === '') return false;
  return !clientsOf(fromBase64(leaf.text)).has(firstClientOf(state.id, candidate.path, winner.value));
}

/**
 * Equal as values, whatever the order of object keys: devices and the
 * server may hand the same object back with its keys in another order.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameValue(value, right.get(key)));
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
  const lost = new Set(
    all
      .filter((candidate) => isLost(records.get(recordKey(candidate.table, candidate.recordId)), candidate))
      .map((c) => c.id),
  );
  return { records, lost };
}
