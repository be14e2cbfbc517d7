import type { Language } from '@shared/i18n/languages';
import type { PlainDate, PlainTime } from '@shared/model';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per language and options, kept: building one is
 * far slower than using it, and an itinerary formats hundreds of times.
 */
function formatter(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, format);
  }
  return format;
}

/** A plain date is formatted as a UTC day so that no zone can shift it to the day before. */
function utcDate(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function utcTime(time: PlainTime): Date {
  return new Date(`1970-01-01T${time}:00Z`);
}

export function formatDate(date: PlainDate, lang: Language): string {
  return formatter(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDate(date));
}

/** '20–29 October 1996', '1996년 10월 20일~29일', '1996/10/20～1996/10/29' */
export function formatDateRange(start: PlainDate, end: PlainDate, lang: Language): string {
  return formatter(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(utcDate(start), utcDate(end));
}

export function formatTimeRange(start: PlainTime | null, end: PlainTime | null, lang: Language): string | null {
  if (!start) return null;
  const format = formatter(lang, { timeStyle: 'short', timeZone: 'UTC' });
  return end ? format.formatRange(utcTime(start), utcTime(end)) : format.format(utcTime(start));
}

/** A wall-clock time in the interface language's conventions ('15:20', '오후 3:20', '3:20 PM'). */
export function formatTime(time: PlainTime, lang: Language): string {
  return formatter(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(utcTime(time));
}

/** An hour on a time axis ('7 AM', '오전 7시', '7時'). */
export function formatHour(hour: number, lang: Language): string {
  return formatter(lang, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, hour));
}

/** A day in a short form for headings and labels ('Tue, Oct 22', '10월 22일 (화)', '10月22日(火)'). */
export function formatDayShort(date: PlainDate, lang: Language): string {
  return formatter(lang, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(utcDate(date));
}

type ZoneNameStyle = 'longGeneric' | 'shortOffset';

function zonePart(zone: string, lang: Language, style: ZoneNameStyle, on: PlainDate): string {
  const noon = new Date(`${on}T12:00:00Z`);
  const parts = formatter(lang, { timeZone: zone, timeZoneName: style }).formatToParts(noon);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A zone's name in the interface language ('Japan Standard Time', '일본 표준시', '日本標準時'),
 * the one name every screen gives it. CLDR's short names are not one style: beside
 * '韓国時間' Japanese gets 'JST' for its own zone, English 'ET' beside 'Japan Time', so a
 * leg from Seoul to Osaka read '9:00 韓国時間 – 10:50 JST'. The long generic names are
 * names in every language, for every zone.
 */
export function zoneLabel(zone: string, lang: Language, on: PlainDate): string {
  return zonePart(zone, lang, 'longGeneric', on);
}

/** A zone's name (as `zoneLabel`) and its offset on a given day: 'Japan Standard Time', 'GMT+9'. */
export function describeTimeZone(zone: string, lang: Language, on: PlainDate): { name: string; offset: string } {
  return { name: zoneLabel(zone, lang, on), offset: zonePart(zone, lang, 'shortOffset', on) };
}

const BYTE_UNITS = [
  ['gigabyte', 1024 ** 3],
  ['megabyte', 1024 ** 2],
  ['kilobyte', 1024],
  ['byte', 1],
] as const;

/** A size in the units a person reads: '22 bytes', '820 kB', '3.4 MB', '10 GB'; never '0 kB' for a file with something in it. */
export function formatBytes(bytes: number, lang: Language): string {
  const [unit, divisor] = BYTE_UNITS.find(([, size]) => bytes >= size) ?? BYTE_UNITS[3];
  // Bytes alone read as words (22 bytes, 22바이트, 22 バイト): CLDR's short 'byte' reads like a typo.
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(
    bytes / divisor,
  );
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** Things said together as the language lists them: 'A and B', 'A 및 B', 'A、B'. */
export function formatList(parts: readonly string[], lang: Language): string {
  let format = listFormats.get(lang);
  if (!format) {
    // Made once per language: a table says one for each of its cells, and making one costs more than using it.
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(parts);
}

/** A moment the server or the device recorded (an ISO instant), in this device's own zone: when a sync or an invitation happened. */
export function formatMoment(iso: string, lang: Language): string {
  return formatter(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
