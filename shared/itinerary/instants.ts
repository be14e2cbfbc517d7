import { Temporal } from 'temporal-polyfill';
import type { ItineraryItem, PlainDate, PlainTime, TimeZone } from '../model';

/** The fields that place an item in time. */
export type ItemTimes = Pick<ItineraryItem, 'date' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'endTimeZone'>;

/**
 * How long an item with a start but no end is taken to last when looking for
 * overlaps: long enough that a visit at 10:00 and another at 10:30 conflict.
 */
export const ASSUMED_DURATION_MINUTES = 60;

/**
 * A wall-clock time in a zone. A time skipped by a daylight-saving change
 * (02:30 on the night clocks go forward) moves forward by the gap, as
 * calendars do ("compatible" disambiguation).
 */
export function zoned(date: PlainDate, time: PlainTime, zone: TimeZone): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: 'compatible' });
}

/** False for a wall-clock time that never happens in the zone (skipped by daylight saving). */
export function existsInZone(date: PlainDate, time: PlainTime, zone: TimeZone): boolean {
  const plain = Temporal.PlainDateTime.from(`${date}T${time}`);
  return Temporal.PlainDateTime.compare(zoned(date, time, zone).toPlainDateTime(), plain) === 0;
}

export interface Interval {
  start: Temporal.Instant;
  end: Temporal.Instant;
  /** False when the end was assumed (no end time given). */
  endKnown: boolean;
}

/** The instants an item spans, or null for an item without a start time. */
export function itemInterval(item: ItemTimes): Interval | null {
  if (!item.startTime) return null;
  const start = zoned(item.date, item.startTime, item.timeZone).toInstant();
  if (!item.endTime) return { start, end: start.add({ minutes: ASSUMED_DURATION_MINUTES }), endKnown: false };
  const end = zoned(item.endDate ?? item.date, item.endTime, item.endTimeZone ?? item.timeZone).toInstant();
  return { start, end, endKnown: true };
}

/** True when the item's end comes before its start (in instants, so across zones too). */
export function endsBeforeStart(item: ItemTimes): boolean {
  const interval = itemInterval(item);
  if (!interval?.endKnown) return false;
  return Temporal.Instant.compare(interval.end, interval.start) < 0;
}

export interface WallClock {
  date: PlainDate;
  time: PlainTime;
  /** Days between this date and the reference date (+1: the next day there). */
  dayOffset: number;
}

/** What a clock in `zone` shows at an instant, and on which day relative to `reference`. */
export function wallClock(instant: Temporal.Instant, zone: TimeZone, reference: PlainDate): WallClock {
  const there = instant.toZonedDateTimeISO(zone);
  const date = there.toPlainDate();
  return {
    date: date.toString(),
    time: there.toPlainTime().toString({ smallestUnit: 'minute' }),
    dayOffset: Temporal.PlainDate.from(reference).until(date, { largestUnit: 'day' }).days,
  };
}

/** The start of an item as read on a clock at home (for the time beside the destination's). */
export function homeStart(item: ItemTimes, homeZone: TimeZone): WallClock | null {
  const interval = itemInterval(item);
  return interval ? wallClock(interval.start, homeZone, item.date) : null;
}

/**
 * The start as read at home, when a clock there reads otherwise than where
 * the item happens; null when it reads the same (Seoul and Tokyo share an
 * offset: "한국 표준시 오후 3:20" beside 3:20 PM tells nothing), or the item
 * has no time.
 */
export function otherHomeStart(item: ItemTimes, homeZone: TimeZone): WallClock | null {
  const home = homeStart(item, homeZone);
  return home && (home.time !== item.startTime || home.dayOffset !== 0) ? home : null;
}

/** Every day from the first to the last, inclusive. */
export function daysBetween(first: PlainDate, last: PlainDate): PlainDate[] {
  const days: PlainDate[] = [];
  const end = Temporal.PlainDate.from(last);
  for (
    let day = Temporal.PlainDate.from(first);
    Temporal.PlainDate.compare(day, end) <= 0;
    day = day.add({ days: 1 })
  ) {
    days.push(day.toString());
  }
  return days;
}

/** The date `days` after (or before, if negative) a date. */
export function addDays(date: PlainDate, days: number): PlainDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
