import type { Language } from '../i18n/languages';
import type { ItineraryItem, LocalizedName, Trip } from '../model';

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

/**
 * What an itinerary item is called, everywhere (screens, printouts,
 * calendars): its own title when it has one in any language, else its
 * host's name (a visit is usually known by the organisation visited).
 */
export function itemNameOf(item: Pick<ItineraryItem, 'title' | 'host'>): LocalizedName {
  return isNamedByHost(item) && item.host ? item.host.name : item.title;
}

/** Whether an item goes by its host's name (it has no title of its own): then the host needs no line of its own. */
export function isNamedByHost(item: Pick<ItineraryItem, 'title' | 'host'>): boolean {
  return item.host !== null && !Object.values(item.title).some(Boolean);
}

/** An item's name to show in one line, in the interface language when it has one. */
export function itemLabel(
  item: Pick<ItineraryItem, 'title' | 'host'>,
  ui: Language,
  trip: Pick<Trip, 'languages'>,
): string {
  return namesToShow(itemNameOf(item), ui, trip)[0]?.text ?? '';
}
