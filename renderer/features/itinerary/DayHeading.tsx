import type { Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../i18n/format';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import type { ItineraryDay } from './days';

/**
 * A day's heading: its number in the trip (or that it is outside), its date,
 * and a way to add to it for whom may plan (`planner`).
 */
export function DayHeading({ day, trip, planner }: { day: ItineraryDay; trip: Trip; planner: boolean }) {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  const date = formatDate(day.date, lang);
  return (
    <div className="day-heading">
      <h2 id={`day-${day.date}`}>
        <span className={day.number ? 'day-heading__number' : 'day-heading__number day-heading__number--outside'}>
          {day.number ? t('page.dayNumber', { n: day.number }) : t('page.outsideTrip')}
        </span>{' '}
        {date}
      </h2>
      {planner ? (
        <Link
          href={link('newItineraryItem', { tripId: trip.id, date: day.date })}
          className="button button--small"
          aria-label={t('page.addToDay', { day: date })}
        >
          + {t('page.add')}
        </Link>
      ) : null}
    </div>
  );
}
