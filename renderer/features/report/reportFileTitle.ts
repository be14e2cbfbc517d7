import { itemLabel } from '@shared/itinerary/names';
import { type ItineraryItem, pickName, type Trip } from '@shared/model';
import type { ReportDocument } from '@shared/report/document';
import { reportWords } from '@shared/report/words';

/**
 * What an exported report's file is called: the trip's (or the visit's)
 * name and what the document is, in the document's first language, so a
 * report for the hosts in Japanese gets a Japanese name whatever the
 * screen's language.
 */
export function reportFileTitle(
  document: Pick<ReportDocument, 'languages'>,
  trip: Pick<Trip, 'title' | 'languages'>,
  visit: Pick<ItineraryItem, 'kind' | 'title' | 'host'> | null,
): string {
  const lang = document.languages[0] ?? trip.languages.home;
  const words = reportWords(lang);
  return visit
    ? `${itemLabel(visit, lang, trip)} ${words.visitSummaryTitle}`
    : `${pickName(trip.title, [lang, trip.languages.home, trip.languages.host])} ${words.title}`;
}
