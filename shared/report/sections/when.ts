import type { ItineraryItem, PlainDate } from '../../model';
import { wordsCell } from '../cells';
import type { ReportContext } from '../context';
import { formatRange, formatReportDate, formatReportDay, formatReportTime, formatReportTimes } from '../dates';
import type { Cell } from '../document';
import { reportWords } from '../words';
import { zoneNote } from '../zoneNames';

/** An item's day in a table of the trip's days, without the year the document's dates already give. */
export function dayCell(ctx: ReportContext, item: Pick<ItineraryItem, 'date'>): Cell {
  return wordsCell((lang) => formatReportDay(item.date, lang), ctx.langs);
}

/**
 * An item's times in its own zone (what the invitation says), and the day it
 * ends, when that is another, on the 24-hour clock and joined as each
 * language writes a range (`formatRange`): 10:00 (한국 표준시)~11:20 (일본 표준시),
 * 10:00（韓国標準時）～11:20（日本標準時）. The zone is named, as each language
 * names it, where it is not the trip's destination's (which the document
 * states once) and at both ends of a leg between two zones.
 */
export function timeCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const endZone = item.endTimeZone ?? item.timeZone;
  const twoZones = endZone !== item.timeZone;
  const named = twoZones || item.timeZone !== ctx.trip.destinationTimeZone;
  const endDay = item.endDate && item.endDate !== item.date ? item.endDate : null;
  return wordsCell((lang) => {
    const zone = (name: string, on: PlainDate) => (named ? zoneNote(name, lang, on) : '');
    // An untimed row says so, in the words the app uses, rather than leaving its time cell empty.
    if (!item.startTime) return reportWords(lang).itinerary.untimed;
    if (!endDay && !twoZones) {
      return `${formatReportTimes(item.startTime, item.endTime, lang)}${zone(item.timeZone, item.date)}`;
    }
    const start = `${formatReportTime(item.startTime)}${twoZones ? zone(item.timeZone, item.date) : ''}`;
    if (!item.endTime) return start;
    const day = endDay ? `${formatReportDay(endDay, lang)} ` : '';
    const end = `${day}${formatReportTime(item.endTime)}${zone(endZone, endDay ?? item.date)}`;
    return formatRange(start, end, lang);
  }, ctx.langs);
}

/** Day and times together, under a visit's name. */
export function whenCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const date = wordsCell((lang) => formatReportDate(item.date, lang, ctx.dates), ctx.langs);
  if (!item.startTime) return date;
  const time = timeCell(ctx, item);
  return {
    source: null,
    texts: date.texts.map((text, index) => ({ ...text, text: `${text.text} ${time.texts[index]?.text ?? ''}`.trim() })),
  };
}
