import { itemLabel } from '@shared/itinerary/names';
import { type ItineraryWarning, warningsFor } from '@shared/itinerary/warnings';
import type { ItineraryItem, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDayShort, formatHour, formatTime } from '../../i18n/format';
import { paths } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import type { ItineraryDay } from './days';
import { type Block, gridHours, isOnGrid, layOutDay } from './timelineLayout';

const PX_PER_MINUTE = 0.8;

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

/** The days side by side, each with its items placed on a time grid; items without a time sit above it. */
export function ItineraryTimeline({ trip, days, warnings }: TimelineProps) {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  const laidOut = days.map((day) => ({ day, blocks: layOutDay(day.items) }));
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
      <div className="timeline__hours" aria-hidden="true" style={{ height: `${height}px` }}>
        {hours.map((hour) => (
          <span key={hour} style={{ top: `${(hour - first) * 60 * PX_PER_MINUTE}px` }}>
            {formatHour(hour, lang)}
          </span>
        ))}
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
                <Link href={paths.itineraryItem(trip.id, item.id)} className={`timeline__chip kind--${item.kind}`}>
                  {t(`kinds.${item.kind}`)} · {itemLabel(item, lang, trip)}
                </Link>
              </li>
            ))}
          </ul>
          <ol className="timeline__grid" style={{ height: `${height}px` }}>
            {blocks.map((block) => {
              const warned = warningsFor(block.item.id, warnings).length > 0;
              const time = `${formatTime(block.item.startTime ?? '', lang)}${block.item.endTime ? `–${formatTime(block.item.endTime, lang)}` : ''}`;
              return (
                <li key={block.item.id} className="timeline__slot" style={blockStyle(block)}>
                  <Link
                    href={paths.itineraryItem(trip.id, block.item.id)}
                    className={`timeline__block kind--${block.item.kind}${warned ? ' timeline__block--warned' : ''}`}
                  >
                    <span className="timeline__time">{time}</span>
                    <span className="timeline__name">{itemLabel(block.item, lang, trip)}</span>
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
