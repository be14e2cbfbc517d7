import type { Language } from '@shared/i18n/languages';
import { itemLabel } from '@shared/itinerary/names';
import { type ItineraryWarning, warningsFor } from '@shared/itinerary/warnings';
import type { ItineraryItem, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDayShort, formatHour, formatTime, zoneLabel } from '../../i18n/format';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import type { ItineraryDay } from './days';
import { type Block, gridHours, isOnGrid, layOutDay } from './timelineLayout';

const PX_PER_MINUTE = 0.8;
/** Under this, a block has room for one line of text only. */
const SHORT_MINUTES = 50;

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

/** When a block happens, each end on its own zone's clock, the zone named when it is not the axis's. */
function blockTime(item: ItineraryItem, axisZone: string, lang: Language): string {
  const zone = (name: string, on: string) => (name === axisZone ? '' : ` ${zoneLabel(name, lang, on)}`);
  const start = formatTime(item.startTime ?? '', lang);
  const startZone = zone(item.timeZone, item.date);
  if (!item.endTime) return `${start}${startZone}`;
  const end = formatTime(item.endTime, lang);
  const endZone = item.endTimeZone ?? item.timeZone;
  if (endZone === item.timeZone) return `${start}–${end}${startZone}`;
  return `${start}${startZone}–${end}${zone(endZone, item.endDate ?? item.date)}`;
}

function blockClass(block: Block, warned: boolean): string {
  const modifiers = [
    warned && 'warned',
    block.continues && 'continues',
    block.end - block.start < SHORT_MINUTES && 'short',
  ].filter(Boolean);
  return ['timeline__block', `kind--${block.item.kind}`, ...modifiers.map((m) => `timeline__block--${m}`)].join(' ');
}

/**
 * The days side by side, each with its items placed on one time grid; items
 * without a time sit above it. The grid is the destination's clock and items
 * are placed by their instants (timelineLayout.ts); the days share the width,
 * so a week fits on the screen, and only the timeline scrolls when more do not.
 */
export function ItineraryTimeline({ trip, days, warnings }: TimelineProps) {
  const { t } = useTranslation('itinerary');
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
    width: `${100 / block.lanes}%`,
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
        <section key={day.date} className="timeline__day" aria-labelledby={`timeline-${day.date}`}>
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
              const time = blockTime(block.item, axisZone, lang);
              const name = itemLabel(block.item, lang, trip);
              return (
                <li key={block.item.id} className="timeline__slot" style={blockStyle(block)}>
                  <Link
                    href={link('itineraryItem', { tripId: trip.id, itemId: block.item.id })}
                    className={blockClass(block, warningsFor(block.item.id, warnings).length > 0)}
                    // A block too small for its words shows them whole on hover.
                    title={`${time} ${name}`}
                  >
                    <span className="timeline__time">{time}</span>
                    <span className="timeline__name">{name}</span>
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
