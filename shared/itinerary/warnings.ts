import type { ItineraryItem, RecordId, Trip } from '../model';
import { existsInZone, itemInterval } from './instants';

/** Something in the itinerary the organiser should look at; none of them stops a save. */
export type ItineraryWarning =
  /**
   * Items for the whole delegation whose times overlap, in the order they
   * start: each overlaps one before it. Two or more.
   */
  | { kind: 'overlap'; itemIds: RecordId[] }
  /**
   * Members listed for items whose times overlap, each overlapping one
   * before it, at least one of them not for the whole delegation; one
   * warning for all the members booked into the same items.
   */
  | { kind: 'doubleBooked'; itemIds: RecordId[]; memberIds: RecordId[] }
  /** An item on a day before the trip starts or after it ends. */
  | { kind: 'outsideTrip'; itemId: RecordId }
  /** A visit to a host with no time set: hosts need to know when the delegation comes. */
  | { kind: 'visitWithoutTime'; itemId: RecordId }
  /** A start or end time that the clocks skip on a daylight-saving night. */
  | { kind: 'nonexistentTime'; itemId: RecordId };

/** Lodging and free time run alongside everything else; they never conflict. */
const NEVER_CONFLICTS = new Set<ItineraryItem['kind']>(['lodging', 'free']);

interface Timed {
  item: ItineraryItem;
  /** Epoch milliseconds of the item's interval. */
  start: number;
  end: number;
  /** Its members on the roster; null for the whole delegation. */
  attendees: Set<RecordId> | null;
}

/**
 * The runs of items, sorted by start, chained by overlapping times: an item
 * joins the run when it starts before the latest end so far. Linear, where
 * listing every overlapping pair grows with the square of the items.
 */
function overlapRuns(timed: readonly Timed[]): Timed[][] {
  const runs: Timed[][] = [];
  let run: Timed[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const entry of timed) {
    if (entry.start >= end) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(entry);
    end = Math.max(end, entry.end);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

type Conflict = Extract<ItineraryWarning, { itemIds: RecordId[] }>;

function conflictWarnings(items: readonly ItineraryItem[], roster: readonly RecordId[]): Conflict[] {
  const onRoster = new Set(roster);
  const timed: Timed[] = items
    .filter((item) => !NEVER_CONFLICTS.has(item.kind))
    .flatMap((item) => {
      const interval = itemInterval(item);
      if (!interval) return [];
      const attendees = item.attendeeIds ? new Set(item.attendeeIds.filter((id) => onRoster.has(id))) : null;
      return [{ item, start: interval.start.epochMilliseconds, end: interval.end.epochMilliseconds, attendees }];
    })
    .sort((a, b) => a.start - b.start);
  const forEveryone = (entry: Timed) => entry.attendees === null;
  const begun = (run: readonly Timed[]) => ({ start: run[0]?.start ?? 0, itemIds: run.map((entry) => entry.item.id) });
  const conflicts: { start: number; warning: Conflict }[] = overlapRuns(timed.filter(forEveryone)).map((run) => {
    const { start, itemIds } = begun(run);
    return { start, warning: { kind: 'overlap', itemIds } };
  });

  // Each member's own runs, one warning for all the members in the same run.
  // A run of items all for the whole delegation is an overlap, above.
  const booked = new Map<string, { start: number; warning: { kind: 'doubleBooked' } & Conflict }>();
  for (const member of roster) {
    for (const run of overlapRuns(timed.filter((entry) => forEveryone(entry) || entry.attendees?.has(member)))) {
      if (run.every(forEveryone)) continue;
      const { start, itemIds } = begun(run);
      const key = itemIds.join();
      const same = booked.get(key);
      if (same) same.warning.memberIds.push(member);
      else booked.set(key, { start, warning: { kind: 'doubleBooked', itemIds, memberIds: [member] } });
    }
  }
  conflicts.push(...booked.values());
  // In the order the conflicts begin, as the itinerary reads.
  return conflicts.sort((a, b) => a.start - b.start).map(({ warning }) => warning);
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
