import { Temporal } from 'temporal-polyfill';
import { type ItemTimes, itemInterval } from '../itinerary/instants';
import type { PlainTime } from '../model';

/**
 * The time a new Q&A note starts with, on the item's own clock: now while
 * the item is under way (a question asked there and then), otherwise the
 * time it starts (notes written up before or after it: 14:00, not the 01:50
 * of a late night). An item without a start time takes now on its own day,
 * and no time on another.
 */
export function qaNoteTime(item: ItemTimes, now: Temporal.Instant): PlainTime | null {
  const there = now.toZonedDateTimeISO(item.timeZone);
  const clock = there.toPlainTime().toString({ smallestUnit: 'minute' });
  const interval = itemInterval(item);
  if (!interval) return there.toPlainDate().toString() === item.date ? clock : null;
  const under = Temporal.Instant.compare(now, interval.start) >= 0 && Temporal.Instant.compare(now, interval.end) <= 0;
  return under ? clock : item.startTime;
}
