import type { Language } from '../i18n/languages';
import type { PlainDate, PlainTime } from '../model';

export interface DateOptions {
  /** Japanese dates in the Japanese era (平成8年) instead of the Western year. */
  japaneseEra?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are kept: building one costs far more than using it, and a report formats hundreds of dates. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A plain date is formatted as a UTC day, so that no zone can move it to the day before. */
const utcDay = (date: PlainDate) => new Date(`${date}T00:00:00Z`);
const utcTime = (time: PlainTime) => new Date(`1970-01-01T${time}:00Z`);

/**
 * A day as each language writes it in a document: 1996년 10월 22일 (화),
 * 1996年10月22日(火) or 平成8年10月22日(火), Tuesday, October 22, 1996.
 * Intl gives Korean without the brackets round the weekday, so the weekday is
 * put in them here.
 */
export function formatReportDate(date: PlainDate, lang: Language, options: DateOptions = {}): string {
  const day = utcDay(date);
  if (lang === 'ko') {
    const base = formatter('ko-KR', { year: 'numeric', month: 'long', day: 'numeric' }).format(day);
    return `${base} (${formatter('ko-KR', { weekday: 'short' }).format(day)})`;
  }
  if (lang === 'ja') {
    const locale = options.japaneseEra ? 'ja-JP-u-ca-japanese' : 'ja-JP';
    const era = options.japaneseEra ? ({ era: 'long' } as const) : {};
    return formatter(locale, { ...era, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(day);
  }
  return formatter('en', { dateStyle: 'full' }).format(day);
}

/** The first and last day of a trip, each written out in full. */
export function formatReportDates(start: PlainDate, end: PlainDate, lang: Language, options: DateOptions = {}): string {
  return `${formatReportDate(start, lang, options)} – ${formatReportDate(end, lang, options)}`;
}

/** A day in a table whose heading already gives the year: 10월 22일 (화), 10月22日(火), Tue, Oct 22. */
export function formatReportDay(date: PlainDate, lang: Language): string {
  const day = utcDay(date);
  if (lang === 'ko') {
    const base = formatter('ko-KR', { month: 'long', day: 'numeric' }).format(day);
    return `${base} (${formatter('ko-KR', { weekday: 'short' }).format(day)})`;
  }
  return formatter(lang, { month: 'short', day: 'numeric', weekday: 'short' }).format(day);
}

/**
 * Wall-clock times as each language writes them (오후 3:20~4:10, 15:20～16:10,
 * 3:20 – 4:10 PM); '' when the item has no time. Intl writes a Japanese range
 * as 15時20分～16時10分 but a single time as 15:20, so a Japanese range is put
 * together here, as a timetable writes it.
 */
export function formatReportTimes(start: PlainTime | null, end: PlainTime | null, lang: Language): string {
  if (!start) return '';
  const format = formatter(lang, { timeStyle: 'short' });
  if (!end) return format.format(utcTime(start));
  if (lang === 'ja') return `${format.format(utcTime(start))}～${format.format(utcTime(end))}`;
  return format.formatRange(utcTime(start), utcTime(end));
}
