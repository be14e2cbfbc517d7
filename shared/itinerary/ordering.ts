import { generateKeyBetween } from 'fractional-indexing';
import type { ItineraryItem, PlainDate, RecordId } from '../model';

type Placed = Pick<ItineraryItem, 'id' | 'date' | 'startTime' | 'position'>;

/** The itinerary in reading order: by day, then by each day's own order. */
export function compareItems(a: Placed, b: Placed): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortItems<T extends Placed>(items: readonly T[]): T[] {
  return [...items].sort(compareItems);
}

/** Items grouped by day, each day in order. */
export function itemsByDay<T extends Placed>(items: readonly T[]): Map<PlainDate, T[]> {
  const days = new Map<PlainDate, T[]>();
  for (const item of sortItems(items)) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return days;
}

/** A position between two neighbours (either may be missing: the start or end of the day). */
export function positionBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/**
 * Where an item (new, or moved to a day) goes in that day: a timed item after
 * the items that start no later than it, an item without time at the end.
 */
export function positionInDay(day: readonly Placed[], item: Pick<Placed, 'id' | 'startTime'>): string {
  const others = sortItems(day.filter((other) => other.id !== item.id));
  const start = item.startTime;
  const nextIndex =
    start === null ? others.length : others.findIndex((other) => other.startTime !== null && other.startTime > start);
  const index = nextIndex === -1 ? others.length : nextIndex;
  return positionBetween(others[index - 1]?.position ?? null, others[index]?.position ?? null);
}

/** The position that puts an item at `index` among the other items of its day. */
export function positionAt(day: readonly Placed[], itemId: RecordId, index: number): string {
  const others = sortItems(day.filter((other) => other.id !== itemId));
  const at = Math.max(0, Math.min(index, others.length));
  return positionBetween(others[at - 1]?.position ?? null, others[at]?.position ?? null);
}
