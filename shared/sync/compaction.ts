import { horizonOf, wins } from './concurrent';
import { isMergedText, type SyncedTable } from './leaves';
import { type Change, mergeAll, recordKey } from './merge';
import { type Checkpoint, fromBase64, holdsAll, isCheckpoint, isTextUpdate } from './texts';

/**
 * A merged text whose log holds this many updates not let go of yet is worth
 * a checkpoint: ten saves of one answer, a few minutes of minutes typed.
 */
export const CHECKPOINT_AFTER = 10;

/** A merged text the server lists as worth a checkpoint, and how many updates of it its log holds. */
export interface CrowdedText {
  table: SyncedTable;
  recordId: string;
  path: string;
  updates: number;
}

/** A change with its place in the server's log. */
export type LoggedChange = Change & { seq: number };

const isUpdateOfText = (change: Change) => isMergedText(change.table, change.path) && isTextUpdate(change.value);

const leafKey = (change: Change) => `${recordKey(change.table, change.recordId)}/${change.path}`;

/**
 * What a trip's log can do without (docs/sync-protocol.md, section 6,
 * compaction): the ids of the changes no device needs any more. Only what it
 * lets go: every change it keeps is as its device signed it (section 9).
 *
 * The changes it keeps make the same records and mark the same changes lost
 * as all of them did (mergeAll), on every device whatever part of the log it
 * already holds: it lets go of a value (a merged text's plain values from
 * before texts merged included) only when it and the value it was written
 * over are from before its leaf's horizon (concurrent.ts, 30 days before the
 * winner), which every device counts as seen; a change after it stays even
 * when a later one was written over it, since a device that holds the value
 * it replaced learns from its `base` that it was seen. A merged text's
 * updates never lose; each holds its own part of the text, so one goes only
 * when a checkpoint stands for it (coveredByCheckpoints).
 */
export function planCompaction(changes: readonly LoggedChange[]): Set<string> {
  // Text updates never lose and make no horizon (a merged text's horizon is its plain values'): merged apart.
  const { records } = mergeAll(changes.filter((change) => !isUpdateOfText(change)));
  const horizons = new Map<string, string>();
  for (const state of records.values()) {
    for (const [path, leaf] of Object.entries(state.leaves)) {
      const values = isMergedText(state.table, path) ? leaf.legacy : leaf;
      if (values) horizons.set(`${recordKey(state.table, state.id)}/${path}`, horizonOf(values));
    }
  }
  const superseded = coveredByCheckpoints(changes);
  for (const change of changes) {
    if (isUpdateOfText(change)) continue;
    const horizon = horizons.get(leafKey(change)) ?? '';
    if (change.hlc < horizon && (change.base ?? '') < horizon) superseded.add(change.id);
  }
  return superseded;
}

/**
 * The updates of merged texts a checkpoint stands for: for each text, its
 * checkpoint that reaches furthest, and every other update of the text
 * logged before it, up to the `seq` it names, that it holds all of (its
 * items and its deletions: holdsAll). An update it lacks stays, so a
 * checkpoint that missed something costs only what it fails to save, and
 * an update logged after the state it was made from stays too, as does one
 * later than the head it vouches for.
 */
function coveredByCheckpoints(changes: readonly LoggedChange[]): Set<string> {
  const furthest = new Map<string, LoggedChange & { value: Checkpoint }>();
  for (const change of changes) {
    const { value } = change;
    if (!isCheckpoint(value) || !isMergedText(change.table, change.path)) continue;
    const key = leafKey(change);
    const best = furthest.get(key);
    if (!best || value.upTo > best.value.upTo || (value.upTo === best.value.upTo && change.seq > best.seq))
      furthest.set(key, { ...change, value });
  }
  const covered = new Set<string>();
  if (furthest.size === 0) return covered;
  const holders = new Map<string, (update: Uint8Array) => boolean>();
  for (const change of changes) {
    const checkpoint = furthest.get(leafKey(change));
    if (!checkpoint || change.id === checkpoint.id || !isTextUpdate(change.value)) continue;
    if (change.seq > checkpoint.value.upTo || change.seq > checkpoint.seq) continue;
    // One later than the head it vouches for would name another last writer once gone: an update by its
    // own stamp, an earlier checkpoint by the head it named.
    const named = isCheckpoint(change.value) ? change.value.head : change;
    if (wins(named, checkpoint.value.head)) continue;
    let holds = holders.get(checkpoint.id);
    if (!holds) {
      holds = holdsAll(fromBase64(checkpoint.value.yjs));
      holders.set(checkpoint.id, holds);
    }
    if (holds(fromBase64(change.value.yjs))) covered.add(change.id);
  }
  return covered;
}
