import type { ItineraryItem, PlainDate, RecordId } from '../model';
import { zoned } from './instants';
import { positionBetween } from './positions';

type Placed = Pick<ItineraryItem, 'id' | 'date' | 'startTime' | 'timeZone' | 'position'>;

/*
 * The order of a day, one rule for every screen and export (table, timeline,
 * Today, the printed itinerary, the report, the .ics):
 *
 * - An item belongs to the day of its date in its own zone.
 * - Timed items follow their start instants, whatever zone each is in: a call
 *   at 15:30 in Tokyo comes before a visit at 15:00 in Taipei (16:00 in
 *   Tokyo). Their `position` never overrides that; they are reordered by
 *   changing a time, and moved to another day keeping their local time.
 * - Untimed items keep their manual place: one placed after the n-th timed
 *   item of the day stays after the n-th, whatever the times become.
 *
 * So a day is read in `position` order, and then the timed items are dealt
 * back into the places timed items held, in the order of their instants.
 */

const byPosition = (a: Placed, b: Placed) =>
  a.position !== b.position ? (a.position < b.position ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

type Timed = Pick<Placed, 'date' | 'timeZone'> & { startTime: string };

function startNs(item: Timed): bigint {
  return zoned(item.date, item.startTime, item.timeZone).epochNanoseconds;
}

function isTimed<T extends Pick<Placed, 'startTime'>>(item: T): item is T & { startTime: string } {
  return item.startTime !== null;
}

/** One day's items in order (all items are taken to share a date). */
function orderDay<T extends Placed>(items: readonly T[]): T[] {
  const placed = [...items].sort(byPosition);
  const starts = new Map(placed.filter(isTimed).map((item) => [item, startNs(item)]));
  // A stable sort: items starting at the same instant keep their manual order.
  const timed = [...starts.keys()].sort((a, b) => {
    const diff = (starts.get(a) ?? 0n) - (starts.get(b) ?? 0n);
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  });
  let next = 0;
  return placed.map((item) => (isTimed(item) ? (timed[next++] ?? item) : item));
}

/** Items grouped by day, the days in date order, each day in order. */
export function itemsByDay<T extends Placed>(items: readonly T[]): Map<PlainDate, T[]> {
  const grouped = new Map<PlainDate, T[]>();
  for (const item of items) grouped.set(item.date, [...(grouped.get(item.date) ?? []), item]);
  const dates = [...grouped.keys()].sort();
  return new Map(dates.map((date) => [date, orderDay(grouped.get(date) ?? [])]));
}

/** The itinerary in reading order: by day, then by each day's order. */
export function sortItems<T extends Placed>(items: readonly T[]): T[] {
  return [...itemsByDay(items).values()].flat();
}

const lowest = (positions: readonly string[]) => positions.reduce<string | null>((a, b) => (a && a < b ? a : b), null);
const highest = (positions: readonly string[]) => positions.reduce<string | null>((a, b) => (a && a > b ? a : b), null);

/**
 * The position that shows an item at `index` among the other items of its
 * day, as they are ordered. It falls after the untimed items shown before
 * that place and the k lowest positions of timed items (k: the timed items
 * shown before it), and before the rest; so the untimed items around keep
 * their places, and the item itself lands there if it is untimed, or among
 * the timed ones by its instant if it has a time.
 */
export function positionAt(day: readonly Placed[], itemId: RecordId, index: number): string {
  const others = orderDay(day.filter((other) => other.id !== itemId));
  const at = Math.max(0, Math.min(index, others.length));
  const before = others.slice(0, at);
  const after = others.slice(at);
  const timedPositions = others
    .filter(isTimed)
    .map((item) => item.position)
    .sort();
  const timedBefore = before.filter(isTimed).length;
  const untimed = (items: readonly Placed[]) => items.filter((item) => !isTimed(item)).map((item) => item.position);
  const low = highest([...untimed(before), ...timedPositions.slice(0, timedBefore)]);
  const high = lowest([...untimed(after), ...timedPositions.slice(timedBefore)]);
  return positionBetween(low, high);
}

/**
 * Where an item (new, or moved to a day) goes in that day: a timed item by
 * its start instant, after the items starting at the same instant and the
 * untimed items that follow them; an item without time at the end.
 */
export function positionInDay(
  day: readonly Placed[],
  item: Pick<Placed, 'id' | 'date' | 'startTime' | 'timeZone'>,
): string {
  const others = orderDay(day.filter((other) => other.id !== item.id));
  if (!isTimed(item)) return positionAt(day, item.id, others.length);
  const start = startNs(item);
  const nextIndex = others.findIndex((other) => isTimed(other) && startNs(other) > start);
  return positionAt(day, item.id, nextIndex === -1 ? others.length : nextIndex);
}

/**
 * Where a move to `date` puts an item: an untimed item at `index` of that
 * day (or its end); a timed item by its time, whatever the index, since its
 * time orders it (reordering it means changing its time); on its own day it
 * stays where it is.
 */
export function positionForMove(
  day: readonly Placed[],
  item: Pick<Placed, 'id' | 'date' | 'startTime' | 'timeZone' | 'position'>,
  date: PlainDate,
  index?: number,
): string {
  if (!isTimed(item)) return positionAt(day, item.id, index ?? day.length);
  return date === item.date ? item.position : positionInDay(day, { ...item, date });
}
