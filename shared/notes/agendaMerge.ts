import type { AgendaItem, TranslatableText } from '../model';
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

/**
 * Whether a leaf is merged edit by edit when a member's change of it lost to
 * another's made at the same time: the minutes' agenda, whose items' notes
 * several members write. Its writer's device keeps what the change was
 * written over, and merges (mergeAgenda) instead of telling of a loss.
 */
export const isMergedByEdits = (table: string, path: string) => table === 'minutes' && path === 'agenda';

/** A value one side changed from the base, else the other side's. */
const changed = <T>(base: T | undefined, mine: T, theirs: T): T =>
  base !== undefined && JSON.stringify(mine) !== JSON.stringify(base) ? mine : theirs;

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

const same = (a: AgendaItem | undefined, b: AgendaItem | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A meeting's agenda as two members left it, writing apart from the agenda
 * they both had (`base`): items by id, an item either added kept, one
 * deleted gone unless the other changed it meanwhile (an edit outlives a
 * deletion: nothing typed is lost), and each item's title and notes merged
 * edit by edit (mergeEdits). In `theirs` order, with `mine`'s new items
 * after the item they follow in `mine`.
 */
export function mergeAgenda(
  base: readonly AgendaItem[],
  mine: readonly AgendaItem[],
  theirs: readonly AgendaItem[],
): AgendaItem[] {
  const byId = (items: readonly AgendaItem[]) => new Map(items.map((item) => [item.id, item]));
  const [before, ours, others] = [byId(base), byId(mine), byId(theirs)];
  const merged: AgendaItem[] = [];
  for (const item of theirs) {
    const own = ours.get(item.id);
    const was = before.get(item.id);
    if (own) {
      merged.push({
        id: item.id,
        title: mergeItemText(was?.title, own.title, item.title),
        notes: mergeItemText(was?.notes, own.notes, item.notes),
      });
    } else if (!was || !same(was, item)) merged.push(item);
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
