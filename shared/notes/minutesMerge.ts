import type { AgendaItem, FollowUp, MinutesFields, TranslatableText } from '../model';
import { firstState, mergeUpdates, textOf, writeText } from '../sync/texts';

/**
 * Two edits of one text made apart, over the text they both began from:
 * each applied, as merged texts merge (shared/sync/texts.ts), so that both
 * members' words stay, each typed stretch whole; `theirs` first where both
 * wrote at the same place. Every device that merges the same three texts
 * gets the same one.
 */
export function mergeEdits(base: string, mine: string, theirs: string): string {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  const start = firstState('agenda', 'text', base);
  const edit = (clientId: number, text: string) =>
    writeText({ state: start, legacy: null, recordId: 'agenda', path: 'text', clientId, text }).update;
  return textOf(mergeUpdates([start, edit(1, theirs), edit(2, mine)]));
}

/** The minutes' lists several members write at once: each syncs as one value, and is merged as a list. */
const MERGED_LISTS: ReadonlySet<string> = new Set<MergedList>([
  'agenda',
  'followUps',
  'hostAttendees',
  'delegationAttendeeIds',
]);
export type MergedList = 'agenda' | 'followUps' | 'hostAttendees' | 'delegationAttendeeIds';

/** Whether a leaf of the minutes is one of their lists merged as a list. */
export const isMergedList = (path: string): path is MergedList => MERGED_LISTS.has(path);

/**
 * Whether a leaf is merged edit by edit when a member's change of it lost to
 * another's made at the same time: the minutes' lists (the agenda, whose
 * items' notes several members write, the follow-ups, who attended). Its
 * writer's device keeps what the change was written over, and merges
 * (mergeMinutesList) instead of telling of a loss.
 */
export const isMergedByEdits = (table: string, path: string) => table === 'minutes' && isMergedList(path);

/**
 * A value only this side changed from the base, else the other side's: where
 * both changed it, the change that won the leaf (theirs) holds, as it does
 * for any value, and this side's stays in the history.
 */
const changed = <T>(base: T | undefined, mine: T, theirs: T): T =>
  base !== undefined && !same(mine, base) && same(theirs, base) ? mine : theirs;

function mergeItemText(base: TranslatableText | undefined, mine: TranslatableText, theirs: TranslatableText) {
  const langs = ['ko', 'ja', 'en'] as const;
  const translations: TranslatableText['translations'] = {};
  for (const lang of langs) {
    const merged = mergeEdits(
      base?.translations[lang] ?? '',
      mine.translations[lang] ?? '',
      theirs.translations[lang] ?? '',
    );
    if (merged) translations[lang] = merged;
  }
  return {
    ...theirs,
    lang: changed(base?.lang, mine.lang, theirs.lang),
    text: mergeEdits(base?.text ?? '', mine.text, theirs.text),
    translations,
  };
}

const same = <T>(a: T | undefined, b: T | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Items with ids as two members left them, writing apart from the items
 * they both had (`base`): an item either added kept, one deleted gone unless
 * the other changed it meanwhile (an edit outlives a deletion: nothing typed
 * is lost), one both kept made of both (`both`). In `theirs` order, with
 * `mine`'s new items after the item they follow in `mine`.
 */
function mergeById<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  both: (was: T | undefined, own: T, other: T) => T,
): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const [before, ours, others] = [byId(base), byId(mine), byId(theirs)];
  const merged: T[] = [];
  for (const item of theirs) {
    const own = ours.get(item.id);
    const was = before.get(item.id);
    if (own) merged.push(both(was, own, item));
    else if (!was || !same(was, item)) merged.push(item);
  }
  for (const [index, item] of mine.entries()) {
    if (others.has(item.id)) continue;
    const was = before.get(item.id);
    if (was && same(was, item)) continue;
    const after = mine
      .slice(0, index)
      .reverse()
      .find((earlier) => merged.some((kept) => kept.id === earlier.id));
    const at = after ? merged.findIndex((kept) => kept.id === after.id) + 1 : 0;
    merged.splice(at, 0, item);
  }
  return merged;
}

/** A meeting's agenda as two members left it apart (mergeById), each item's title and notes merged edit by edit. */
export function mergeAgenda(
  base: readonly AgendaItem[],
  mine: readonly AgendaItem[],
  theirs: readonly AgendaItem[],
): AgendaItem[] {
  return mergeById(base, mine, theirs, (was, own, other) => ({
    id: other.id,
    title: mergeItemText(was?.title, own.title, other.title),
    notes: mergeItemText(was?.notes, own.notes, other.notes),
  }));
}

/**
 * Follow-ups as two members left them, apart from those they both had: by
 * id as agenda items are (one either added kept, one deleted gone unless the
 * other changed it), each one's text merged edit by edit, its owner and
 * whether it is done as the side that changed them left them.
 */
export function mergeFollowUps(
  base: readonly FollowUp[],
  mine: readonly FollowUp[],
  theirs: readonly FollowUp[],
): FollowUp[] {
  return mergeById(base, mine, theirs, (was, own, other) => ({
    id: other.id,
    text: mergeItemText(was?.text, own.text, other.text),
    ownerId: changed(was?.ownerId, own.ownerId, other.ownerId),
    done: changed(was?.done, own.done, other.done),
  }));
}

/**
 * A list of values without ids (who attended, from the roster or from the
 * hosts) as two members left it: one either added is there, one either
 * removed is gone; in `theirs` order, `mine`'s additions after.
 */
export function mergeSet<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const key = (value: T) => JSON.stringify(value);
  const [before, ours] = [new Set(base.map(key)), new Set(mine.map(key))];
  const kept = theirs.filter((value) => ours.has(key(value)) || !before.has(key(value)));
  const shown = new Set(kept.map(key));
  return [...kept, ...mine.filter((value) => !before.has(key(value)) && !shown.has(key(value)))];
}

type Merge<P extends MergedList> = (
  base: MinutesFields[P],
  mine: MinutesFields[P],
  theirs: MinutesFields[P],
) => MinutesFields[P];

/** Each list of the minutes' own merge. */
const MERGES: { [P in MergedList]: Merge<P> } = {
  agenda: mergeAgenda,
  followUps: mergeFollowUps,
  hostAttendees: mergeSet,
  delegationAttendeeIds: mergeSet,
};

/** A list of the minutes as two members left it apart (isMergedByEdits), each list by its own rule. */
export function mergeMinutesList<P extends MergedList>(
  path: P,
  base: MinutesFields[P],
  mine: MinutesFields[P],
  theirs: MinutesFields[P],
): MinutesFields[P] {
  const merge: Merge<P> = MERGES[path];
  return merge(base, mine, theirs);
}
