import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Language } from '../i18n/languages';
import { type ItineraryItem, pickName, type Trip } from '../model';
import { itemInterval } from './instants';
import { isNamedByHost, itemNameOf } from './names';
import { sortItems } from './ordering';

interface CalendarOptions {
  /** The languages of the summaries, first to second: 'ko', 'ja' gives "후쿠오카현청 / 福岡県庁". */
  languages: readonly Language[];
  /** The moment of export (DTSTAMP). */
  now: Temporal.Instant;
}

function bilingual(name: ItineraryItem['title'], languages: readonly Language[]): string {
  const names = languages.map((lang) => name[lang]).filter((text): text is string => Boolean(text));
  return [...new Set(names)].join(' / ') || pickName(name, languages);
}

function description(item: ItineraryItem, languages: readonly Language[]): string {
  const lines: string[] = [];
  const host = item.host;
  if (host && !isNamedByHost(item)) lines.push(bilingual(host.name, languages));
  for (const contact of host?.contacts ?? []) {
    const who = [bilingual(contact.title, languages), bilingual(contact.name, languages)].filter(Boolean).join(' ');
    lines.push([who, contact.contact].filter(Boolean).join(': '));
  }
  if (item.preparationNotes.text) lines.push('', item.preparationNotes.text);
  return lines.join('\n').trim();
}

/**
 * Where an item is, in the host country's language first: a calendar hands
 * its location to maps and to the taxi driver, who read the local script.
 */
function place(item: ItineraryItem, trip: Trip): string {
  const preferred = [trip.languages.host, trip.languages.home];
  const address = item.host ? pickName(item.host.address, preferred) : '';
  return address || pickName(item.location, preferred);
}

/**
 * The itinerary as an iCalendar file that phones and desktop calendars
 * import. Timed items are written as UTC instants, so that every calendar
 * places them right whatever its own zone; items without a time become
 * all-day events on their local date.
 */
export function itineraryToICalendar(trip: Trip, items: readonly ItineraryItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: bilingual(trip.title, options.languages),
    prodId: { company: 'Fieldbook', product: 'Fieldbook', language: (options.languages[0] ?? 'en').toUpperCase() },
  });
  for (const item of sortItems(items)) {
    const interval = itemInterval(item);
    const event = {
      id: `${item.id}@fieldbook`,
      stamp: options.now,
      summary: bilingual(itemNameOf(item), options.languages),
      location: place(item, trip) || null,
      description: description(item, options.languages) || null,
    };
    if (interval) {
      calendar.createEvent({ ...event, start: interval.start, end: interval.end });
    } else {
      const day = Temporal.PlainDate.from(item.date);
      calendar.createEvent({ ...event, allDay: true, start: day, end: day.add({ days: 1 }) });
    }
  }
  return calendar.toString();
}
