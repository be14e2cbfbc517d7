import { type ItineraryItem, type LocalizedName, pickName, type RecordId, type ReportNoteKey } from '../model';

/**
 * Whom thank-you letters go to, apart from how they are worded
 * (thankYou.ts): the translation screen lists each letter's text by its host
 * without loading the letters' words in every language.
 */

/** A host organisation the delegation visited: its visits' items, in itinerary order. */
export interface LetterHost {
  /** The first of its visits' ids: where the letter is kept and named. */
  key: RecordId;
  name: LocalizedName;
  itemIds: RecordId[];
}

/** The host organisations visited, each once, in the order the itinerary first visits them. */
export function lettersHosts(items: readonly ItineraryItem[]): LetterHost[] {
  const hosts = new Map<string, LetterHost>();
  for (const item of items) {
    if (item.deletedAt !== null || item.kind !== 'visit' || !item.host) continue;
    const name = item.host.name;
    const key = pickName(name, ['ja', 'ko', 'en']).trim();
    if (!key) continue;
    const host = hosts.get(key);
    if (host) host.itemIds.push(item.id);
    else hosts.set(key, { key: item.id, name, itemIds: [item.id] });
  }
  return [...hosts.values()];
}

/** The report note that holds what the organiser wrote of what was learned, for the letter to `host`: one per host. */
export function letterNoteKey(host: Pick<LetterHost, 'key'>): ReportNoteKey {
  return { kind: 'letter', questionId: null, itemId: host.key };
}
