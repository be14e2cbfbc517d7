import type { SaveOutcome } from '@shared/ipc/contract';
import { itineraryToICalendar } from '@shared/itinerary/ics';
import { type ItineraryItem, pickName, type Trip } from '@shared/model';
import { Temporal } from 'temporal-polyfill';
import { bridge } from '../../bridge/bridge';
import { fileNameFrom } from '../../services/fileName';

/** Writes the itinerary as an .ics file where the user chooses, in the delegation's then the hosts' language. */
export function exportCalendar(trip: Trip, items: readonly ItineraryItem[]): Promise<SaveOutcome> {
  const languages = [trip.languages.home, trip.languages.host];
  const text = itineraryToICalendar(trip, items, { languages, now: Temporal.Now.instant() });
  return bridge.invoke('files:save', {
    suggestedName: fileNameFrom(pickName(trip.title, languages), 'ics'),
    content: { kind: 'text', text },
  });
}
