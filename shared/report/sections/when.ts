import type { Language } from '../../i18n/languages';
import type { ItineraryItem, PlainDate } from '../../model';
import { wordsCell } from '../cells';
import type { ReportContext } from '../context';
import { formatReportDate, formatReportDay, formatReportTimes } from '../dates';
import type { Cell } from '../document';
import { zoneNote } from '../zoneNames';

/** An item's day in a table of the trip's days, without the year the document's dates already give. */
export function dayCell(ctx: ReportContext, item: Pick<ItineraryItem, 'date'>): Cell {
  return wordsCell((lang) => formatReportDay(item.date, lang), ctx.langs);
}

/** How each language writes from one time to another: Japanese timetables use a wave dash. */
const TO: Record<Language, string> = { ko: ' – ', ja: '～', en: ' – ' };

/**
 * An item's times in its own zone (what the invitation says), and the day it
 * ends, when that is another. The zone is named, as each language names it,
 * where it is not the trip's destination's (which the document states once)
 * and at both ends of a leg between two zones.
 */
export function timeCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const endZone = item.endTimeZone ?? item.timeZone;
  const twoZones = endZone !== item.timeZone;
  const named = twoZones || item.timeZone !== ctx.trip.destinationTimeZone;
  const endDay = item.endDate && item.endDate !== item.date ? item.endDate : null;
  return wordsCell((lang) => {
    const zone = (name: string, on: PlainDate) => (named ? zoneNote(name, lang, on) : '');
    if (!item.startTime) return '';
    if (!endDay && !twoZones) {
      return `${formatReportTimes(item.startTime, item.endTime, lang)}${zone(item.timeZone, item.date)}`;
    }
    const start = `${formatReportTimes(item.startTime, null, lang)}${twoZones ? zone(item.timeZone, item.date) : ''}`;
    if (!item.endTime) return start;
    const day = endDay ? `${formatReportDay(endDay, lang)} ` : '';
    const end = `${day}${formatReportTimes(item.endTime, null, lang)}${zone(endZone, endDay ?? item.date)}`;
    return `${start}${TO[lang]}${end}`;
  }, ctx.langs);
}

/** Day and times together, under a visit's name. */
export function whenCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const date = wordsCell((lang) => formatReportDate(item.date, lang, ctx.dates), ctx.langs);
  const time = timeCell(ctx, item);
  return {
    source: null,
    texts: date.texts.map((text, index) => ({ ...text, text: `${text.text} ${time.texts[index]?.text ?? ''}`.trim() })),
  };
}
