import { Temporal } from 'temporal-polyfill';
import type { TimeZone } from '../model';

/** '+0800', '-0430': an offset as iCalendar writes it (RFC 5545, 3.3.14). */
function utcOffset(nanoseconds: number): string {
  const minutes = Math.round(nanoseconds / 60e9);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A local date-time as iCalendar writes it: 20270311T093000. */
function localDateTime(at: Temporal.ZonedDateTime): string {
  return at.toPlainDateTime().toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

/**
 * Daylight saving is the larger of a year's two offsets (January and July),
 * whichever hemisphere the zone is in.
 */
function isDaylight(at: Temporal.ZonedDateTime): boolean {
  const offsetIn = (month: number) =>
    Temporal.PlainDateTime.from({ year: at.year, month, day: 1 }).toZonedDateTime(at.timeZoneId).offsetNanoseconds;
  return at.offsetNanoseconds > Math.min(offsetIn(1), offsetIn(7));
}

function observance(start: Temporal.ZonedDateTime, offsetFrom: number): string[] {
  const kind = isDaylight(start) ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART is the onset in the local time that was in force before it (RFC 5545, 3.6.5).
  const onset = start.toInstant().toZonedDateTimeISO(utcOffsetZone(offsetFrom));
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(onset)}`,
    `TZOFFSETFROM:${utcOffset(offsetFrom)}`,
    `TZOFFSETTO:${utcOffset(start.offsetNanoseconds)}`,
    `END:${kind}`,
  ];
}

function utcOffsetZone(nanoseconds: number): string {
  const offset = utcOffset(nanoseconds);
  return `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/**
 * A VTIMEZONE for `zone` that holds from `from` to `to`, generated from the
 * zone's own rules (Temporal's time-zone data): the offset in force at
 * `from`, then one observance per change of offset before `to`. A zone
 * without daylight saving (Asia/Tokyo, Asia/Taipei) gets a single STANDARD
 * component. Calendars read the events' local times through it, so that a
 * visit at 15:00 in Taipei shows as 15:00 Taipei time at its exact instant.
 */
export function vtimezone(zone: TimeZone, from: Temporal.Instant, to: Temporal.Instant): string {
  let at = from.toZonedDateTimeISO(zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observance(at, at.offsetNanoseconds)];
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || Temporal.Instant.compare(next.toInstant(), to) > 0) break;
    lines.push(...observance(next, at.offsetNanoseconds));
    at = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
