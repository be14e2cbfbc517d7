import { daysBetween } from '../itinerary/instants';
import { otherNameOf } from '../itinerary/names';
import type { ItineraryItem, PlainDate } from '../model';
import { nameCell, wordsCell } from './cells';
import { aboutTrip, contextFor, frame, type ReportOptions, tripTitle } from './compile';
import type { ReportContext } from './context';
import { formatReportDate } from './dates';
import type { Block, Cell, ReportDocument } from './document';
import type { ReportRecords } from './records';
import { attendeesCell, itemSource, kindCell, rosterBlocks } from './sections/appendices';
import { joinCells, listParts } from './sections/people';
import { timeCell } from './sections/when';
import { fill, reportWords } from './words';
import { zoneName } from './zoneNames';

/** What the itinerary is compiled from: the trip, its roster, its items and its directory of host people, as stored. */
export type ItineraryRecords = Pick<ReportRecords, 'trip' | 'members' | 'items' | 'hostPeople'>;

/** The languages and their layout, and the Japanese era, as for the report; an itinerary has no sections to choose. */
export type ItineraryOptions = Omit<ReportOptions, 'sections'>;

/**
 * The itinerary to hand to the hosts, as a document of the report's model
 * (so each of the report's renderers prints it: the print view, DOCX): the
 * trip's facts, then day by day a table of that day's items, every cell in
 * each of the document's languages, then the delegation's roster. Only days
 * with items have a heading and a table; a day with none is not on paper.
 */
export function compileItinerary(records: ItineraryRecords, options: ItineraryOptions): ReportDocument {
  const ctx = contextFor({ ...records, questions: [], answers: [], minutes: [], qaNotes: [] }, options);
  const about = aboutTrip(ctx, (w) => w.itinerary.title);
  const times = wordsCell(
    (lang) =>
      fill(reportWords(lang).itinerary.localTimes, {
        zone: zoneName(ctx.trip.destinationTimeZone, lang, ctx.trip.startDate),
      }),
    ctx.langs,
  );
  return {
    ...frame(ctx, options),
    title: tripTitle(ctx),
    about: [{ type: 'fields', rows: [...about.rows, { label: ctx.words((w) => w.itinerary.times), value: times }] }],
    sections: [
      {
        kind: 'itinerary',
        anchor: 'section-itinerary',
        heading: ctx.words((w) => w.itinerary.days),
        blocks: days(ctx),
      },
      {
        kind: 'roster',
        anchor: 'section-roster',
        heading: ctx.words((w) => w.sections.roster),
        blocks: rosterBlocks(ctx),
      },
    ],
  };
}

/** A heading and a table for each day that has items; the items in the itinerary's order (`sortItems`, by instants). */
function days(ctx: ReportContext): Block[] {
  const byDay = new Map<PlainDate, ItineraryItem[]>();
  for (const item of ctx.items) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  if (byDay.size === 0) return [{ type: 'placeholder', cell: ctx.words((w) => w.itinerary.noItems) }];
  const columns = [
    ctx.words((w) => w.columns.time),
    ctx.words((w) => w.columns.kind),
    ctx.words((w) => w.columns.item),
    ctx.words((w) => w.columns.host),
    ctx.words((w) => w.columns.place),
    ctx.words((w) => w.columns.attendees),
  ];
  return [...byDay].flatMap(([date, items]): Block[] => [
    { type: 'heading', level: 3, cell: dayHeading(ctx, date) },
    {
      type: 'table',
      columns,
      rows: items.map((item) => [
        timeCell(ctx, item),
        kindCell(ctx, item),
        itemCell(ctx, item),
        hostCell(ctx, item),
        nameCell(item.location, itemSource(item.id, 'location'), ctx.langs),
        attendeesCell(ctx, item),
      ]),
    },
  ]);
}

/** '3일차 · 1996년 10월 22일 (화)', '3日目　1996年10月22日(火)'; a day outside the trip's dates by its date alone. */
function dayHeading(ctx: ReportContext, date: PlainDate): Cell {
  const number = daysBetween(ctx.trip.startDate, ctx.trip.endDate).indexOf(date) + 1;
  return wordsCell((lang) => {
    const written = formatReportDate(date, lang, ctx.dates);
    return number > 0 ? fill(reportWords(lang).itinerary.day, { n: number, date: written }) : written;
  }, ctx.langs);
}

/** What the item is called, and under it a visit's purpose (its title) when one is written. */
function itemCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const other = otherNameOf(item);
  return other?.field === 'title'
    ? joinCells(
        [ctx.itemName(item), nameCell(other.name, itemSource(item.id, 'title'), ctx.langs)],
        ctx.langs,
        listParts,
      )
    : ctx.itemName(item);
}

/**
 * Whom the item is with and where they are: the host's name (unless the item
 * already goes by it) and address, each as written in each language, and
 * under them, one a line, the hosts' people expected with their titles, as
 * the directory now has them. They share the host's cell rather than take a
 * column: a seventh column on an A4 page would narrow every other to a few
 * Korean syllables, and whom the delegation meets is read with where (the
 * reception asks for them by name and title).
 */
function hostCell(ctx: ReportContext, item: ItineraryItem): Cell {
  const { host } = item;
  if (!host) return nameCell({}, null, ctx.langs);
  const written = (name: Record<string, string | undefined>) => Object.values(name).some(Boolean);
  const other = otherNameOf(item);
  const parts = [
    ...(other?.field === 'host.name' ? [nameCell(other.name, itemSource(item.id, 'host.name'), ctx.langs)] : []),
    ...(written(host.address) ? [nameCell(host.address, itemSource(item.id, 'host.address'), ctx.langs)] : []),
  ];
  const place = parts.length <= 1 ? parts[0] : joinCells(parts, ctx.langs, listParts);
  const lines = [...(place ? [place] : []), ...host.contacts.map(ctx.hostPerson)];
  const [only] = lines;
  if (lines.length <= 1) return only ?? nameCell({}, null, ctx.langs);
  return joinCells(lines, ctx.langs, (texts) => texts.join('\n'));
}
