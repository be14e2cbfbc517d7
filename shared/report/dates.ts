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

/**
 * U+2060 WORD JOINER: invisible, and no line may break on either side of it
 * (Unicode line breaking, rule LB11, which Chromium follows when it prints the
 * PDF). Text taken out of a document (pdftotext, a copy) may keep it: strip it
 * to compare.
 */
export const WORD_JOINER = '\u2060';

/**
 * How each language writes "from … to …" in an official document, held so
 * that no line breaks beside the mark (a range is never split, no line starts
 * with its mark), with only the characters that takes:
 * - Korean 09:30~11:00: a tilde is a letter to the line-breaking rules, and no
 *   line breaks between a letter and a digit or after a closing bracket;
 * - Japanese 09:30～11:00: the full-width tilde (U+FF5E) of Japanese
 *   timetables is an ideograph to those rules, breakable on both sides, so word
 *   joiners hold it;
 * - English 09:30 – 11:00: an en dash between no-break spaces, as CLDR spaces
 *   it; a line may break after a dash, so a word joiner holds it.
 * LibreOffice may still break inside a Korean or Japanese paragraph wherever
 * it likes, word joiners or not: only a column wide enough for the range keeps
 * it whole there.
 */
const RANGE_MARK: Record<Language, string> = {
  ko: '~',
  ja: `${WORD_JOINER}～${WORD_JOINER}`,
  en: `\u00a0–${WORD_JOINER}\u00a0`,
};

/** From one time or day to another, as each language writes a range (`RANGE_MARK`). */
export function formatRange(from: string, to: string, lang: Language): string {
  return `${from}${RANGE_MARK[lang]}${to}`;
}

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
  return formatRange(formatReportDate(start, lang, options), formatReportDate(end, lang, options), lang);
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
 * A wall-clock time as official documents write it in every language: on the
 * 24-hour clock, hours in two digits (09:30, 14:00), never 오후 2:00 or
 * 2:00 PM. That is how a time is stored.
 */
export function formatReportTime(time: PlainTime): string {
  return time;
}

/** An item's times in a document (09:30~11:00, 09:30～11:00, 09:30 – 11:00, by `formatRange`); '' when it has no time. */
export function formatReportTimes(start: PlainTime | null, end: PlainTime | null, lang: Language): string {
  if (!start) return '';
  if (!end) return formatReportTime(start);
  return formatRange(formatReportTime(start), formatReportTime(end), lang);
}
