import type { Language } from '../i18n/languages';
import type { ItineraryItem, ItineraryKind, LocalizedName, Trip } from '../model';

export interface ShownName {
  text: string;
  lang: Language;
}

/**
 * The names of a thing to show: first in the interface language when it has
 * one (else the delegation's), then in the other languages it is written in,
 * each with its language so that the markup can carry `lang`.
 */
export function namesToShow(name: LocalizedName, ui: Language, trip: Pick<Trip, 'languages'>): ShownName[] {
  const order: Language[] = [ui, trip.languages.home, trip.languages.host, 'ko', 'ja', 'en'];
  const seen = new Set<Language>();
  const shown: ShownName[] = [];
  for (const lang of order) {
    const text = name[lang];
    if (seen.has(lang) || !text) continue;
    seen.add(lang);
    shown.push({ text, lang });
  }
  return shown;
}

/** Whether any language of a name is written. */
const written = (name: LocalizedName | undefined) => Object.values(name ?? {}).some((text) => text?.trim());

/**
 * Which of its names an item goes by, by its kind: a visit by its host's
 * name (the organisation visited is what people know it by; its title is
 * the visit's purpose), every other item by its own title. The item form
 * requires that name in the delegation's language (input.ts), and every
 * screen, printout and calendar shows it as the item's name.
 */
export function nameFieldOf(kind: ItineraryKind): 'host.name' | 'title' {
  return kind === 'visit' ? 'host.name' : 'title';
}

/**
 * Whether an item goes by its host's name: a visit with a host, or an item
 * whose own title is not written (made before the form required one), so
 * that nothing is shown nameless.
 */
export function isNamedByHost(item: Pick<ItineraryItem, 'kind' | 'title' | 'host'>): boolean {
  if (!item.host || !written(item.host.name)) return false;
  return nameFieldOf(item.kind) === 'host.name' || !written(item.title);
}

/** What an itinerary item is called, everywhere (screens, printouts, calendars). */
export function itemNameOf(item: Pick<ItineraryItem, 'kind' | 'title' | 'host'>): LocalizedName {
  return isNamedByHost(item) && item.host ? item.host.name : item.title;
}

/**
 * The item's other name, shown beside its name where it is written: a
 * visit's title (its purpose), another item's host; null when there is none.
 */
export function otherNameOf(
  item: Pick<ItineraryItem, 'kind' | 'title' | 'host'>,
): { field: 'host.name' | 'title'; name: LocalizedName } | null {
  const other = isNamedByHost(item)
    ? { field: 'title' as const, name: item.title }
    : { field: 'host.name' as const, name: item.host?.name ?? {} };
  return written(other.name) ? other : null;
}

/** An item's name to show in one line, in the interface language when it has one. */
export function itemLabel(
  item: Pick<ItineraryItem, 'kind' | 'title' | 'host'>,
  ui: Language,
  trip: Pick<Trip, 'languages'>,
): string {
  return namesToShow(itemNameOf(item), ui, trip)[0]?.text ?? '';
}
