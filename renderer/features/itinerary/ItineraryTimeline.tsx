import type { Language } from '@shared/i18n/languages';
import { itemLabel, itemNameOf, namesToShow } from '@shared/itinerary/names';
import { type ItineraryWarning, warningsFor } from '@shared/itinerary/warnings';
import type { ItineraryItem, Trip } from '@shared/model';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { endDayNote } from '../../i18n/endDay';
import { formatDayShort, formatHour, formatTime, zoneLabel } from '../../i18n/format';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import type { ItineraryDay } from './days';
import { type Block, dayColumns, gridHours, isOnGrid, layOutDay } from './timelineLayout';

const PX_PER_MINUTE = 0.8;
/** Under this, or in a column beside another, a block's words are set smaller to fit whole. */
const COMPACT_MINUTES = 90;
/** A line of a block's words (px), regular and compact, as itinerary.css sets them. */
const LINE_PX = { regular: 15, compact: 13 } as const;
/** What a block's slot and padding take of its height (px), as itinerary.css sets them. */
const BLOCK_EDGES_PX = 5;
/** The width of a day (rem), as itinerary.css gives it: a week fits 1280 px. */
const DAY_REM = 8.5;
/**
 * The width a column of overlapping items needs for a name of a few words on
 * a line (rem): a day of two such columns is drawn wider than a day of one,
 * and a week with one such day still fits 1280 px.
 */
const COLUMN_REM = 6.75;

/** What sits above a day's grid: its untimed items and every stay that covers its night. */
function allDayItems(day: ItineraryDay, days: readonly ItineraryDay[]): ItineraryItem[] {
  const staying = days
    .flatMap((other) => other.items)
    .filter((item) => item.kind === 'lodging' && item.date < day.date && (item.endDate ?? item.date) > day.date);
  return [...staying, ...day.items.filter((item) => !isOnGrid(item))];
}

interface TimelineProps {
  trip: Trip;
  days: readonly ItineraryDay[];
  warnings: readonly ItineraryWarning[];
}

/**
 * When a block happens, each end on its own zone's clock, the zone named when
 * it is not the axis's, and an end on another day marked with the table's
 * words for it (`endDay`, from endDayNote).
 */
function blockTime(item: ItineraryItem, axisZone: string, lang: Language, endDay: string): string {
  const zone = (name: string, on: string) => (name === axisZone ? '' : ` ${zoneLabel(name, lang, on)}`);
  const start = formatTime(item.startTime ?? '', lang);
  const startZone = zone(item.timeZone, item.date);
  if (!item.endTime) return `${start}${startZone}`;
  const end = `${formatTime(item.endTime, lang)}${endDay ? ` ${endDay}` : ''}`;
  const endZone = item.endTimeZone ?? item.timeZone;
  if (endZone === item.timeZone) return `${start}–${end}${startZone}`;
  return `${start}${startZone}–${end}${zone(endZone, item.endDate ?? item.date)}`;
}

/**
 * How a block sets its words: smaller when it is short or beside another, and
 * as many lines as fit whole in it, the last ending in "…" when more do not
 * (rather than a line cut in half at its bottom edge).
 */
function wordsOf(block: Block): { compact: boolean; lines: number } {
  const minutes = block.end - block.start;
  const compact = minutes < COMPACT_MINUTES || block.span < block.lanes;
  const room = minutes * PX_PER_MINUTE - BLOCK_EDGES_PX;
  return { compact, lines: Math.max(1, Math.floor(room / LINE_PX[compact ? 'compact' : 'regular'])) };
}

function blockClass(block: Block, warned: boolean): string {
  const { compact, lines } = wordsOf(block);
  const modifiers = [
    warned && 'warned',
    block.continues && 'continues',
    compact && 'compact',
    lines === 1 && 'short',
  ].filter(Boolean);
  return ['timeline__block', `kind--${block.item.kind}`, ...modifiers.map((m) => `timeline__block--${m}`)].join(' ');
}

/**
 * The days side by side, each with its items placed on one time grid; items
 * without a time sit above it. The grid is the destination's clock and items
 * are placed by their instants (timelineLayout.ts), overlapping ones side by
 * side; the days share the width, a day of overlaps a wider share, so a week
 * fits on the screen, and only the timeline scrolls when more do not.
 */
export function ItineraryTimeline({ trip, days, warnings }: TimelineProps) {
  const { t } = useTranslation('itinerary');
  const { t: common } = useTranslation('common');
  const lang = useLanguage();
  const axisZone = trip.destinationTimeZone;
  const laidOut = days.map((day) => ({ day, blocks: layOutDay(day.items, day.date, axisZone) }));
  const { first, last } = gridHours(laidOut.flatMap(({ blocks }) => blocks));
  const hours = Array.from({ length: last - first }, (_, i) => first + i);
  const height = (last - first) * 60 * PX_PER_MINUTE;

  const blockStyle = (block: Block) => ({
    top: `${(block.start - first * 60) * PX_PER_MINUTE}px`,
    height: `${(block.end - block.start) * PX_PER_MINUTE}px`,
    left: `${(block.lane / block.lanes) * 100}%`,
    width: `${(block.span / block.lanes) * 100}%`,
  });
  // Overlapping items side by side need room for their names: their day takes a share of the width by its columns.
  const dayStyle = (columns: number) => ({
    flexGrow: columns,
    flexBasis: `${Math.max(DAY_REM, columns * COLUMN_REM)}rem`,
  });

  return (
    <section className="timeline" aria-label={t('page.timeline')}>
      <div className="timeline__axis" aria-hidden="true">
        <p className="timeline__zone">{zoneLabel(axisZone, lang, trip.startDate)}</p>
        <div className="timeline__hours" style={{ height: `${height}px` }}>
          {hours.map((hour) => (
            <span key={hour} style={{ top: `${(hour - first) * 60 * PX_PER_MINUTE}px` }}>
              {formatHour((hour + 24) % 24, lang)}
            </span>
          ))}
        </div>
      </div>
      {laidOut.map(({ day, blocks }) => (
        <section
          key={day.date}
          className="timeline__day"
          style={dayStyle(dayColumns(blocks))}
          aria-labelledby={`timeline-${day.date}`}
        >
          <h2 id={`timeline-${day.date}`} className="timeline__date">
            <span>{day.number ? t('page.dayNumber', { n: day.number }) : t('page.outsideTrip')}</span>
            <span>{formatDayShort(day.date, lang)}</span>
          </h2>
          <ul className="timeline__all-day">
            {allDayItems(day, days).map((item) => (
              <li key={item.id}>
                <Link
                  href={link('itineraryItem', { tripId: trip.id, itemId: item.id })}
                  className={`timeline__chip kind--${item.kind}`}
                >
                  {t(`kinds.${item.kind}`)} · {itemLabel(item, lang, trip)}
                </Link>
              </li>
            ))}
          </ul>
          <ol className="timeline__grid" style={{ height: `${height}px` }}>
            {blocks.map((block) => {
              const time = blockTime(block.item, axisZone, lang, endDayNote(block.item, lang, common));
              const [name] = namesToShow(itemNameOf(block.item), lang, trip);
              return (
                <li key={block.item.id} className="timeline__slot" style={blockStyle(block)}>
                  <Link
                    href={link('itineraryItem', { tripId: trip.id, itemId: block.item.id })}
                    className={blockClass(block, warningsFor(block.item.id, warnings).length > 0)}
                    // A block too small for its words shows them whole on hover, and opens to them on focus.
                    title={`${name?.text ?? ''} ${time}`}
                  >
                    {/* The name first: what a short block shows is what the item is, its time being its place. */}
                    <span className="timeline__words" style={{ '--lines': wordsOf(block).lines } as CSSProperties}>
                      <span className="timeline__name" lang={name?.lang}>
                        {name?.text}
                      </span>{' '}
                      <span className="timeline__time">{time}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
