import { Temporal } from 'temporal-polyfill';
import type { ItineraryItem, RecordId, Trip } from '../model';
import { existsInZone, type Interval, itemInterval } from './instants';

/** Something in the itinerary the organiser should look at; none of them stops a save. */
export type ItineraryWarning =
  /** Two items for the same people at the same time. */
  | { kind: 'overlap'; itemIds: [RecordId, RecordId] }
  /** Members listed for two items that happen at the same time. */
  | { kind: 'doubleBooked'; itemIds: [RecordId, RecordId]; memberIds: RecordId[] }
  /** An item on a day before the trip starts or after it ends. */
  | { kind: 'outsideTrip'; itemId: RecordId }
  /** A visit to a host with no time set: hosts need to know when the delegation comes. */
  | { kind: 'visitWithoutTime'; itemId: RecordId }
  /** A start or end time that the clocks skip on a daylight-saving night. */
  | { kind: 'nonexistentTime'; itemId: RecordId };

/** Lodging and free time run alongside everything else; they never conflict. */
const NEVER_CONFLICTS = new Set<ItineraryItem['kind']>(['lodging', 'free']);

function attendees(item: ItineraryItem, roster: readonly RecordId[]): Set<RecordId> {
  return new Set(item.attendeeIds ? item.attendeeIds.filter((id) => roster.includes(id)) : roster);
}

function overlaps(a: Interval, b: Interval): boolean {
  return Temporal.Instant.compare(a.start, b.end) < 0 && Temporal.Instant.compare(b.start, a.end) < 0;
}

function conflictWarnings(items: readonly ItineraryItem[], roster: readonly RecordId[]): ItineraryWarning[] {
  const timed = items
    .filter((item) => !NEVER_CONFLICTS.has(item.kind))
    .flatMap((item) => {
      const interval = itemInterval(item);
      return interval ? [{ item, interval }] : [];
    })
    .sort((a, b) => Temporal.Instant.compare(a.interval.start, b.interval.start));

  const warnings: ItineraryWarning[] = [];
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i];
    if (!a) continue;
    // Sorted by start: once an item starts after a ends, no later one can overlap a.
    for (let j = i + 1; j < timed.length; j++) {
      const b = timed[j];
      if (!b || Temporal.Instant.compare(b.interval.start, a.interval.end) >= 0) break;
      if (!overlaps(a.interval, b.interval)) continue;
      const itemIds: [RecordId, RecordId] = [a.item.id, b.item.id];
      if (a.item.attendeeIds === null && b.item.attendeeIds === null) {
        warnings.push({ kind: 'overlap', itemIds });
        continue;
      }
      const inB = attendees(b.item, roster);
      const shared = [...attendees(a.item, roster)].filter((id) => inB.has(id));
      if (shared.length > 0) warnings.push({ kind: 'doubleBooked', itemIds, memberIds: shared });
    }
  }
  return warnings;
}

/** Everything worth a warning in a trip's itinerary, given the members on its roster. */
export function findWarnings(
  trip: Pick<Trip, 'startDate' | 'endDate'>,
  items: readonly ItineraryItem[],
  roster: readonly RecordId[],
): ItineraryWarning[] {
  const warnings: ItineraryWarning[] = [];
  for (const item of items) {
    if (item.date < trip.startDate || item.date > trip.endDate) warnings.push({ kind: 'outsideTrip', itemId: item.id });
    if (item.kind === 'visit' && !item.startTime) warnings.push({ kind: 'visitWithoutTime', itemId: item.id });
    const startMissing = item.startTime !== null && !existsInZone(item.date, item.startTime, item.timeZone);
    const endMissing =
      item.endTime !== null &&
      !existsInZone(item.endDate ?? item.date, item.endTime, item.endTimeZone ?? item.timeZone);
    if (startMissing || endMissing) warnings.push({ kind: 'nonexistentTime', itemId: item.id });
  }
  return [...warnings, ...conflictWarnings(items, roster)];
}

/** The warnings that concern one item. */
export function warningsFor(itemId: RecordId, warnings: readonly ItineraryWarning[]): ItineraryWarning[] {
  return warnings.filter((warning) =>
    'itemId' in warning ? warning.itemId === itemId : warning.itemIds.includes(itemId),
  );
}
