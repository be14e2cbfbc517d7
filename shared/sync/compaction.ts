import { isMergedText, MAX_TEXT_UPDATE } from './leaves';
import { type Change, mergeAll, recordKey, wins } from './merge';
import { base64Length, fromBase64, isTextUpdate, mergeUpdates, toBase64 } from './texts';

/**
 * What a trip's log can do without (docs/sync-protocol.md, section 6,
 * compaction): the changes no device needs any more, and, for each merged
 * text written in several updates, one update that holds them all.
 */
export interface Compaction {
  /** Changes the log may let go: superseded by a later change of their leaf that knew of them. */
  superseded: Set<string>;
  /** One update per merged text in place of its updates (among `superseded`), with the latest of them it stands for. */
  checkpoints: { change: Change; latest: string }[];
}

/**
 * Plans a log's compaction so that the changes it keeps make the same
 * records and mark the same changes lost as all of them did (mergeAll): it
 * keeps every leaf's winner and every change that lost (the history shows
 * it), a merged text's latest plain value from before texts merged, and
 * replaces a merged text's updates by one update holding them all, stamped
 * and authored as the latest of them, when it is no longer than a change's
 * update may be (MAX_TEXT_UPDATE). `newId` names the checkpoints.
 */
export function planCompaction(changes: readonly Change[], newId: () => string): Compaction {
  const { records, lost } = mergeAll(changes);
  const kept = new Set(lost);
  const updates = new Map<string, Change[]>();
  for (const change of changes) {
    if (!isMergedText(change.table, change.path) || !isTextUpdate(change.value)) continue;
    const key = `${recordKey(change.table, change.recordId)}/${change.path}`;
    updates.set(key, [...(updates.get(key) ?? []), change]);
  }
  const checkpoints: Compaction['checkpoints'] = [];
  for (const state of records.values()) {
    for (const [path, leaf] of Object.entries(state.leaves)) {
      if (leaf.legacy) kept.add(leaf.legacy.id);
      const parts = updates.get(`${recordKey(state.table, state.id)}/${path}`) ?? [];
      const merged =
        parts.length < 2 ? null : mergeUpdates(parts.map((part) => fromBase64((part.value as { yjs: string }).yjs)));
      // One update too long for a change would be refused by every device that pulls it: the parts stay.
      if (!merged || base64Length(merged) > MAX_TEXT_UPDATE) {
        kept.add(leaf.id);
        for (const part of parts) kept.add(part.id);
        continue;
      }
      const latest = parts.reduce((best, part) => (wins(part, best) ? part : best));
      checkpoints.push({ change: { ...latest, id: newId(), value: { yjs: toBase64(merged) } }, latest: latest.id });
      // A plain value newer than every update (an app from before texts merged, late) stays too.
      if (!parts.some((part) => part.id === leaf.id)) kept.add(leaf.id);
    }
  }
  return { superseded: new Set(changes.map((change) => change.id).filter((id) => !kept.has(id))), checkpoints };
}
