import { horizonOf } from './concurrent';
import { isMergedText } from './leaves';
import { type Change, mergeAll, recordKey } from './merge';
import { isTextUpdate } from './texts';

/**
 * What a trip's log can do without (docs/sync-protocol.md, section 6,
 * compaction): the ids of the changes no device needs any more. Only what it
 * lets go: every change it keeps is as its device signed it (section 9), a
 * merged text's updates included, so there are no checkpoints.
 *
 * The changes it keeps make the same records and mark the same changes lost
 * as all of them did (mergeAll), on every device whatever part of the log it
 * already holds: it lets go of a value (a merged text's plain values from
 * before texts merged included) only when it and the value it was written
 * over are from before its leaf's horizon (concurrent.ts, 30 days before the
 * winner), which every device counts as seen; a change after it stays even
 * when a later one was written over it, since a device that holds the value
 * it replaced learns from its `base` that it was seen.
 */
export function planCompaction(changes: readonly Change[]): Set<string> {
  const { records } = mergeAll(changes);
  const leafKey = (change: Change) => `${recordKey(change.table, change.recordId)}/${change.path}`;
  const horizons = new Map<string, string>();
  for (const state of records.values()) {
    for (const [path, leaf] of Object.entries(state.leaves)) {
      const values = isMergedText(state.table, path) ? leaf.legacy : leaf;
      if (values) horizons.set(`${recordKey(state.table, state.id)}/${path}`, horizonOf(values));
    }
  }
  const superseded = new Set<string>();
  for (const change of changes) {
    // Each update holds its own part of a merged text: all of them make it.
    if (isMergedText(change.table, change.path) && isTextUpdate(change.value)) continue;
    const horizon = horizons.get(leafKey(change)) ?? '';
    if (change.hlc < horizon && (change.base ?? '') < horizon) superseded.add(change.id);
  }
  return superseded;
}
