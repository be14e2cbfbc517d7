import type { Language } from '@shared/i18n/languages';
import type { LocalizedName, Trip } from '@shared/model';

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
