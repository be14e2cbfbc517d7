import { itemInterval } from '@shared/itinerary/instants';
import { type ItineraryItem, type Trip, takesNotes } from '@shared/model';
import { Temporal } from 'temporal-polyfill';

export type WhatIsOn =
  | { kind: 'none' }
  | { kind: 'before'; first: ItineraryItem }
  | { kind: 'during'; current: ItineraryItem | null; next: ItineraryItem | null }
  | { kind: 'after'; visits: ItineraryItem[] };

/**
 * The visit happening at `now`, and the next one, judged in the instants of
 * their own time zones; before the trip, its first visit; after it, all of
 * them. Every item notes are taken at counts (see takesNotes).
 */
export function whatIsOn(
  trip: Pick<Trip, 'startDate' | 'endDate' | 'destinationTimeZone'>,
  items: readonly ItineraryItem[],
  now: Date,
): WhatIsOn {
  const visits = items.filter(takesNotes);
  const first = visits[0];
  if (!first) return { kind: 'none' };
  const instant = Temporal.Instant.fromEpochMilliseconds(now.getTime());
  const today = instant.toZonedDateTimeISO(trip.destinationTimeZone).toPlainDate().toString();
  if (today < trip.startDate) return { kind: 'before', first };
  if (today > trip.endDate) return { kind: 'after', visits };
  const timed = visits.map((visit) => ({ visit, interval: itemInterval(visit) }));
  const current = timed.find(
    ({ interval }) =>
      interval &&
      Temporal.Instant.compare(interval.start, instant) <= 0 &&
      Temporal.Instant.compare(instant, interval.end) < 0,
  );
  const next = timed.find(({ visit, interval }) =>
    interval ? Temporal.Instant.compare(interval.start, instant) > 0 : visit.date >= today && visit !== current?.visit,
  );
  return { kind: 'during', current: current?.visit ?? null, next: next?.visit ?? null };
}
