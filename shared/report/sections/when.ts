import type { ItineraryItem } from '../../model';
import { wordsCell } from '../cells';
import type { ReportContext } from '../context';
import { formatReportDate, formatReportDay, formatReportTimes } from '../dates';
import type { Cell } from '../document';

/** An item's day in a table of the trip's days, without the year the document's dates already give. */
export function dayCell(ctx: ReportContext, item: Pick<ItineraryItem, 'date'>): Cell {
  return wordsCell((lang) => formatReportDay(item.date, lang), ctx.langs);
}

/** An item's times in its own zone (what the invitation says); the day it ends too, when that is another. */
export function timeCell(ctx: ReportContext, item: ItineraryItem): Cell {
  return wordsCell((lang) => {
    if (!item.endDate || item.endDate === item.date) return formatReportTimes(item.startTime, item.endTime, lang);
    const start = formatReportTimes(item.startTime, null, lang);
    const end = `${formatReportDay(item.endDate, lang)} ${formatReportTimes(item.endTime, null, lang)}`;
    return `${start} – ${end.trim()}`;
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
