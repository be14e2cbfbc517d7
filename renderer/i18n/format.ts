import type { Language } from '@shared/i18n/languages';
import type { PlainDate, PlainTime } from '@shared/model';

/** A plain date is formatted as a UTC day so that no zone can shift it to the day before. */
function utcDate(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatDate(date: PlainDate, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDate(date));
}

/** '20–29 October 1996', '1996년 10월 20일~29일', '1996年10月20日～29日' */
export function formatDateRange(start: PlainDate, end: PlainDate, lang: Language): string {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return format.formatRange(utcDate(start), utcDate(end));
}

export function formatTimeRange(start: PlainTime | null, end: PlainTime | null, lang: Language): string | null {
  if (!start) return null;
  const format = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' });
  const at = (time: PlainTime) => new Date(`1970-01-01T${time}:00Z`);
  return end ? format.formatRange(at(start), at(end)) : format.format(at(start));
}

function zonePart(zone: string, lang: Language, style: 'longGeneric' | 'shortOffset', on: Date): string {
  const parts = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: style }).formatToParts(on);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** A zone's name in the interface language and its offset on a given day: 'Japan Time', 'GMT+9'. */
export function describeTimeZone(zone: string, lang: Language, on: PlainDate): { name: string; offset: string } {
  const noon = new Date(`${on}T12:00:00Z`);
  return { name: zonePart(zone, lang, 'longGeneric', noon), offset: zonePart(zone, lang, 'shortOffset', noon) };
}

/** IANA zone names for the time zone inputs' suggestions. */
export function timeZoneNames(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** A zone's short name in the interface language ('Japan Time', '일본 시간', '日本時間'). */
export function zoneLabel(zone: string, lang: Language, on: PlainDate): string {
  const noon = new Date(`${on}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'shortGeneric' }).formatToParts(noon);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** A wall-clock time in the interface language's conventions ('15:20', '오후 3:20', '3:20 PM'). */
export function formatTime(time: PlainTime, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${time}:00Z`),
  );
}

/** A day in a short form for headings and labels ('Tue, Oct 22', '10월 22일 (화)', '10月22日(火)'). */
export function formatDayShort(date: PlainDate, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

/** An hour on a time axis ('7 AM', '오전 7시', '7時'). */
export function formatHour(hour: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, hour));
}
