import { isMergedText } from './leaves';
import { type Change, mergeAll } from './merge';
import { isTextUpdate } from './texts';

/**
 * What a trip's log can do without (docs/sync-protocol.md, section 6,
 * compaction): the changes no device needs any more, superseded by a later
 * change of their leaf that knew of them. Only what it lets go: every change
 * it keeps is as its device signed it (section 9), a merged text's updates
 * included.
 */
export function planCompaction(changes: readonly Change[]): Set<string> {
  const { records, lost } = mergeAll(changes);
  const kept = new Set(lost);
  const updates = new Set<string>();
  for (const change of changes) {
    if (isMergedText(change.table, change.path) && isTextUpdate(change.value)) updates.add(change.id);
  }
  for (const state of records.values()) {
    for (const leaf of Object.values(state.leaves)) {
      kept.add(leaf.id);
      if (leaf.legacy) kept.add(leaf.legacy.id);
    }
  }
  // Each update holds its own part of a merged text: all of them make it.
  return new Set(changes.map((change) => change.id).filter((id) => !kept.has(id) && !updates.has(id)));
}
