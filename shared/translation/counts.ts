import type { Language } from '../i18n/languages';
import { statusIn, type TripText, targetsOf } from './texts';

/** What the list shows: every text, those with a translation missing, or those not yet reviewed. */
export type TextFilter = 'all' | 'missing' | 'unreviewed';

/** Whether a text needs work in `lang`, by the filter's measure. */
export function needsWork(entry: TripText, lang: Language, filter: TextFilter): boolean {
  const status = statusIn(entry, lang);
  if (filter === 'missing') return status === 'missing';
  if (filter === 'unreviewed') return status === 'missing' || status === 'draft';
  return true;
}

/**
 * The texts the filter keeps: those that need work in a language they are to
 * be translated into; `into` one language only (a translator working one way
 * when notes are written in both), or null for any.
 */
export function filterTexts(
  entries: readonly TripText[],
  languages: readonly Language[],
  filter: TextFilter,
  into: Language | null = null,
): TripText[] {
  return entries.filter((entry) =>
    targetsOf(entry, languages).some((lang) => (into === null || lang === into) && needsWork(entry, lang, filter)),
  );
}

/** How many texts stand where in one language they are to be translated into. A name written there is `done`. */
export interface LanguageCounts {
  total: number;
  missing: number;
  draft: number;
  reviewed: number;
}

/** The counts per language of the trip, over the texts to be translated into it. */
export function countByLanguage(
  entries: readonly TripText[],
  languages: readonly Language[],
): { lang: Language; counts: LanguageCounts }[] {
  return [...new Set(languages)].map((lang) => {
    const counts: LanguageCounts = { total: 0, missing: 0, draft: 0, reviewed: 0 };
    for (const entry of entries) {
      if (!targetsOf(entry, languages).includes(lang)) continue;
      counts.total += 1;
      const status = statusIn(entry, lang);
      // A name written in the language is as done as a reviewed translation.
      if (status === 'missing') counts.missing += 1;
      else if (status === 'draft') counts.draft += 1;
      else counts.reviewed += 1;
    }
    return { lang, counts };
  });
}
