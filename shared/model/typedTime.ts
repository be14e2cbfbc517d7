import { Temporal } from 'temporal-polyfill';
import type { PlainDate, PlainTime } from './time';

/**
 * Dates and times as people type them into a form, read into the model's
 * YYYY-MM-DD and 24-hour HH:MM. A form shows them that way in every
 * interface language (never the browser's mm/dd/yyyy or 03:20 PM), and
 * takes what a Korean, Japanese or English writer is likely to type:
 * 2026.10.21, 2026/10/21, 2026년 10월 21일, 2026年10月21日, 20261021;
 * 1520, 15.20, 오후 3:20, 午後3時20分, 3:20 PM. Anything else is left as
 * typed, for the form to say what it expects.
 */

const DATE = /^(\d{4})\s*[-./년年]\s*(\d{1,2})\s*[-./월月]\s*(\d{1,2})\s*[.일日]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

export function readTypedDate(typed: string): PlainDate | null {
  const text = typed.normalize('NFKC').trim();
  const parts = DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!parts) return null;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

const MORNING = /^(?:오전|午前|am|a\.m\.)\s*|\s*(?:am|a\.m\.)$/i;
const AFTERNOON = /^(?:오후|午後|pm|p\.m\.)\s*|\s*(?:pm|p\.m\.)$/i;
const TIME = /^(\d{1,2})\s*(?:[:.시時]\s*(\d{2})?\s*[분分]?)?$/;
const COMPACT_TIME = /^(\d{2})(\d{2})$/;

export function readTypedTime(typed: string): PlainTime | null {
  let text = typed.normalize('NFKC').trim();
  const half = MORNING.test(text) ? 'am' : AFTERNOON.test(text) ? 'pm' : null;
  text = text.replace(MORNING, '').replace(AFTERNOON, '').trim();
  const parts = COMPACT_TIME.exec(text) ?? TIME.exec(text);
  if (!parts) return null;
  let hour = Number(parts[1]);
  const minute = Number(parts[2] ?? 0);
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
