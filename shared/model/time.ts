import { z } from 'zod';

/** An instant, as the ISO 8601 string Date.prototype.toISOString() produces (UTC); to the nanosecond at most. */
export const isoInstant = z.iso.datetime({ error: 'validation.invalid' }).max(30, { error: 'validation.invalid' });
export type IsoInstant = z.infer<typeof isoInstant>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day with no time zone ('1996-10-22'): a trip's dates, an itinerary day. */
export const plainDate = z
  .string()
  .min(1, { error: 'validation.required' })
  .max(10, { error: 'validation.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine(isRealDate, { error: 'validation.date' });
export type PlainDate = z.infer<typeof plainDate>;

/** A wall-clock time with no date or zone ('15:20'). */
export const plainTime = z
  .string()
  .max(5, { error: 'validation.time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
export type PlainTime = z.infer<typeof plainTime>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

/** An IANA time zone name ('Asia/Tokyo'), the only kind that knows daylight-saving rules; the longest are 30-odd characters. */
export const timeZone = z
  .string()
  .min(1, { error: 'validation.required' })
  .max(64, { error: 'validation.timeZone' })
  .refine(isTimeZone, { error: 'validation.timeZone' });
export type TimeZone = z.infer<typeof timeZone>;

export { daysInclusive } from './days';

/** A time a form may leave empty: '' while editing, null once parsed. */
export const optionalPlainTime = z
  .union([z.literal(''), plainTime])
  .nullable()
  .transform((value) => value || null);

/** A date a form may leave empty: '' while editing, null once parsed. */
export const optionalPlainDate = z
  .union([z.literal(''), plainDate])
  .nullable()
  .transform((value) => value || null);

/** A time zone a form may leave empty (meaning: the same as another field): '' or null, parsed to null. */
export const optionalTimeZone = z
  .union([z.literal(''), timeZone])
  .nullable()
  .transform((value) => value || null);
