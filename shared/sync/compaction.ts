import { horizonOf, wins } from './concurrent';
import { isMergedText } from './leaves';
import { type Change, mergeAll, recordKey } from './merge';
import { fromBase64, isTextUpdate, mergeUpdates, toBase64 } from './texts';

/**
 * What a trip's log can do without (docs/sync-protocol.md, section 6,
 * compaction): the changes no device needs any more, and, for each merged
 * text written in several updates, one update that holds them all.
 */
export interface Compaction {
  /** Changes the log may let go: from before their leaf's horizon, or a merged text's updates held by a checkpoint. */
  superseded: Set<string>;
  /** One update per merged text in place of its updates (among `superseded`), with the latest of them it stands for. */
  checkpoints: { change: Change; latest: string }[];
}

/**
 * Plans a log's compaction so that the changes it keeps make the same
 * records and mark the same changes lost as all of them did (mergeAll), on
 * every device whatever part of the log it already holds: it lets go of a
 * value (a merged text's plain values from before texts merged included)
 * only when it and the value it was written over are from before its leaf's
 * horizon (concurrent.ts), which every device counts as seen; a change after
 * it stays even when a later one was written over it, since a device that
 * holds the value it replaced learns from its `base` that it was seen. It
 * replaces a merged text's updates by one update holding them all, stamped
 * and authored as the latest of them. `newId` names the checkpoints.
 */
export function planCompaction(changes: readonly Change[], newId: () => string): Compaction {
  const { records } = mergeAll(changes);
  const isUpdate = (change: Change) => isMergedText(change.table, change.path) && isTextUpdate(change.value);
  const leafKey = (change: Change) => `${recordKey(change.table, change.recordId)}/${change.path}`;
  const updates = new Map<string, Change[]>();
  for (const change of changes) {
    if (isUpdate(change)) updates.set(leafKey(change), [...(updates.get(leafKey(change)) ?? []), change]);
  }
  const horizons = new Map<string, string>();
  const superseded = new Set<string>();
  const checkpoints: Compaction['checkpoints'] = [];
  for (const state of records.values()) {
    for (const [path, leaf] of Object.entries(state.leaves)) {
      const key = `${recordKey(state.table, state.id)}/${path}`;
      const values = isMergedText(state.table, path) ? leaf.legacy : leaf;
      if (values) horizons.set(key, horizonOf(values));
      const parts = updates.get(key) ?? [];
      if (parts.length < 2) continue;
      const merged = mergeUpdates(parts.map((part) => fromBase64((part.value as { yjs: string }).yjs)));
      const latest = parts.reduce((best, part) => (wins(part, best) ? part : best));
      checkpoints.push({ change: { ...latest, id: newId(), value: { yjs: toBase64(merged) } }, latest: latest.id });
      for (const part of parts) superseded.add(part.id);
    }
  }
  for (const change of changes) {
    const horizon = horizons.get(leafKey(change)) ?? '';
    if (!isUpdate(change) && change.hlc < horizon && (change.base ?? '') < horizon) superseded.add(change.id);
  }
  return { superseded, checkpoints };
}
