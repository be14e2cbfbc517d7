import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Language } from '../i18n/languages';
import { type ItineraryItem, pickName, type TimeZone, type Trip } from '../model';
import { type Interval, itemInterval } from './instants';
import { itemNameOf, otherNameOf } from './names';
import { sortItems } from './ordering';
import { vtimezone } from './vtimezone';

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
  const other = otherNameOf(item);
  if (other) lines.push(bilingual(other.name, languages));
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

/** 20270311T113500 in `zone`: a DATE-TIME with a TZID (RFC 5545, 3.3.5, form 3). */
function localTime(instant: Temporal.Instant, zone: TimeZone): string {
  return instant.toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

interface ZonedEvent {
  uid: string;
  item: ItineraryItem;
  interval: Interval;
}

/**
 * What ical-generator cannot write: it gives an event one zone, for its start
 * and end alike, and describes only those zones. A flight from Osaka to Taipei
 * ends in Taipei's zone, so its DTEND is written here in the end's zone, and a
 * VTIMEZONE is added for every zone an event starts or ends in, valid over
 * the span of the events.
 */
function withOwnZones(ics: string, events: readonly ZonedEvent[]): string {
  const instants = events.flatMap(({ interval }) => [interval.start, interval.end]).sort(Temporal.Instant.compare);
  const first = instants[0];
  const last = instants.at(-1);
  if (!first || !last) return ics;
  const ends = new Map<string, string>();
  const zones = new Set<TimeZone>();
  for (const { uid, item, interval } of events) {
    const endZone = item.endTimeZone ?? item.timeZone;
    zones.add(item.timeZone).add(endZone);
    if (endZone !== item.timeZone) ends.set(uid, `DTEND;TZID=${endZone}:${localTime(interval.end, endZone)}`);
  }
  // Two days either side: a calendar may look at an event's neighbourhood.
  const from = first.subtract({ hours: 48 });
  const to = last.add({ hours: 48 });
  const timezones = [...zones].sort().map((zone) => vtimezone(zone, from, to));

  let uid = '';
  const lines = ics.split('\r\n').flatMap((line) => {
    if (line === 'BEGIN:VEVENT' && timezones.length > 0) return [...timezones.splice(0), line];
    if (line.startsWith('UID:')) uid = line.slice(4);
    if (line.startsWith('DTEND;')) return [ends.get(uid) ?? line];
    return [line];
  });
  return lines.join('\r\n');
}

/**
 * The itinerary as an iCalendar file that phones and desktop calendars
 * import. Each timed item is written in its own zone (DTSTART;TZID=Asia/Taipei,
 * with the zone's VTIMEZONE), so that its instant is exact and a calendar shows
 * the local time of the place; items without a time become all-day events on
 * their local date.
 */
export function itineraryToICalendar(trip: Trip, items: readonly ItineraryItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: bilingual(trip.title, options.languages),
    prodId: { company: 'Fieldbook', product: 'Fieldbook', language: (options.languages[0] ?? 'en').toUpperCase() },
  });
  const zoned: ZonedEvent[] = [];
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
      calendar.createEvent({ ...event, start: interval.start, end: interval.end, timezone: item.timeZone });
      zoned.push({ uid: event.id, item, interval });
    } else {
      const day = Temporal.PlainDate.from(item.date);
      calendar.createEvent({ ...event, allDay: true, start: day, end: day.add({ days: 1 }) });
    }
  }
  return withOwnZones(calendar.toString(), zoned);
}
