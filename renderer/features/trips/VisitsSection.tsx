import { itemNameOf, namesToShow } from '@shared/itinerary/names';
import { type ItineraryItem, type Trip, takesNotes } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useItinerary } from '../../data/hooks/useItinerary';
import { formatDate, formatTimeRange } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';

function groupByDate(items: ItineraryItem[]): [string, ItineraryItem[]][] {
  const days = new Map<string, ItineraryItem[]>();
  for (const item of items) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return [...days];
}

/** The trip's visits to hosts, by day: the overview; the itinerary has everything else. */
export function VisitsSection({ trip }: { trip: Trip }) {
  const { t } = useTranslation('trips');
  const lang = useLanguage();
  const items = useItinerary(trip.id)?.filter(takesNotes);
  if (!items) return null;
  return (
    <section className="section" aria-labelledby="visits-heading">
      <h2 id="visits-heading">{t('details.visits')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('details.noVisits')}</p>
      ) : (
        <ol className="day-list">
          {groupByDate(items).map(([date, dayItems]) => (
            <li key={date}>
              <h3 className="day-list__date">{formatDate(date, lang)}</h3>
              <ul className="visit-list">
                {dayItems.map((item) => {
                  const names = namesToShow(itemNameOf(item), lang, trip);
                  return (
                    <li key={item.id} className="visit-list__item">
                      <span className="visit-list__time">
                        {formatTimeRange(item.startTime, item.endTime, lang) ?? t('details.untimed')}
                      </span>
                      <span className="visit-list__names">
                        {names.map((name, index) => (
                          <span key={name.lang} lang={name.lang} className={index === 0 ? 'strong' : 'muted'}>
                            {name.text}
                          </span>
                        ))}
                      </span>
                      {item.expectedAttendees ? (
                        <span className="muted">{t('details.expected', { count: item.expectedAttendees })}</span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
