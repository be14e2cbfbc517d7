import type { ItineraryItem } from '../../model';
import { wordsCell } from '../cells';
import type { ReportContext } from '../context';
import { formatReportDate, formatReportTimes } from '../dates';
import type { Cell } from '../document';

/** An item's day, in each language's convention. */
export function dateCell(ctx: ReportContext, item: Pick<ItineraryItem, 'date'>): Cell {
  return wordsCell((lang) => formatReportDate(item.date, lang, ctx.dates), ctx.langs);
}

/** An item's times in its own zone (what the invitation says); the day it ends too, when that is another. */
export function timeCell(ctx: ReportContext, item: ItineraryItem): Cell {
  return wordsCell((lang) => {
    if (!item.endDate || item.endDate === item.date) return formatReportTimes(item.startTime, item.endTime, lang);
    const start = formatReportTimes(item.startTime, null, lang);
    const end = `${formatReportDate(item.endDate, lang, ctx.dates)} ${formatReportTimes(item.endTime, null, lang)}`;
    return `${start} – ${end.trim()}`;
  }, ctx.langs);
}

/** Day and times together, under a visit's name. */
export function whenCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const date = dateCell(ctx, item);
  const time = timeCell(ctx, item);
  return {
    source: null,
    texts: date.texts.map((text, index) => ({ ...text, text: `${text.text} ${time.texts[index]?.text ?? ''}`.trim() })),
  };
}
