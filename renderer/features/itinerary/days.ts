import { daysBetween } from '@shared/itinerary/instants';
import { itemsByDay } from '@shared/itinerary/ordering';
import type { ItineraryItem, PlainDate, Trip } from '@shared/model';

export interface ItineraryDay {
  date: PlainDate;
  /** 1 for the trip's first day; null for a day outside the trip. */
  number: number | null;
  items: ItineraryItem[];
}

/** Every day of the trip, plus any day outside it that has items, in date order. */
export function itineraryDays(
  trip: Pick<Trip, 'startDate' | 'endDate'>,
  items: readonly ItineraryItem[],
): ItineraryDay[] {
  const byDay = itemsByDay(items);
  const tripDays = daysBetween(trip.startDate, trip.endDate);
  const dates = [...new Set([...tripDays, ...byDay.keys()])].sort();
  return dates.map((date) => {
    const index = tripDays.indexOf(date);
    return { date, number: index === -1 ? null : index + 1, items: byDay.get(date) ?? [] };
  });
}
