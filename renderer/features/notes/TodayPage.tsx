import { itemLabel, namesToShow } from '@shared/itinerary/names';
import type { ItineraryItem, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ItemTime } from '../../components/ItemTime';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useTrip } from '../../data/hooks/useTrip';
import { formatDate } from '../../i18n/format';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { whatIsOn } from './today';

function VisitCard({ trip, item, heading }: { trip: Trip; item: ItineraryItem; heading: string }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const [address] = item.host ? namesToShow(item.host.address, lang, trip) : [];
  return (
    <article className="today-card" aria-label={heading}>
      <p className="today-card__heading">{heading}</p>
      <h2>{itemLabel(item, lang, trip)}</h2>
      <p className="muted">
        {formatDate(item.date, lang)} · <ItemTime item={item} trip={trip} />
      </p>
      {address ? <p lang={address.lang}>{address.text}</p> : null}
      <Link href={link('notes', { tripId: trip.id, visitId: item.id })} className="button button--primary">
        {t('page.openNotes')}
      </Link>
    </article>
  );
}

/** What is on now, or next: the visit to take notes at, one click away. */
export function TodayPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const items = useItinerary(tripId);
  useDocumentTitle(t('today.title'));
  if (trip === undefined || items === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  const on = whatIsOn(trip, items, new Date());

  return (
    <section aria-labelledby="today-heading">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="today-heading">{t('today.title')}</h1>
      <TripNav tripId={trip.id} current="today" />
      {on.kind === 'none' ? <p className="muted">{t('today.noVisits')}</p> : null}
      {on.kind === 'before' ? (
        <>
          <p>{t('today.before', { date: formatDate(trip.startDate, lang) })}</p>
          <VisitCard trip={trip} item={on.first} heading={t('today.next')} />
        </>
      ) : null}
      {on.kind === 'during' ? (
        <>
          {on.current ? <VisitCard trip={trip} item={on.current} heading={t('today.now')} /> : null}
          {on.next ? <VisitCard trip={trip} item={on.next} heading={t('today.next')} /> : null}
        </>
      ) : null}
      {on.kind === 'after' ? (
        <>
          <p>{t('today.after')}</p>
          <ul className="today-list">
            {on.visits.map((visit) => (
              <li key={visit.id}>
                <Link href={link('notes', { tripId: trip.id, visitId: visit.id })}>{itemLabel(visit, lang, trip)}</Link>{' '}
                <span className="muted">{formatDate(visit.date, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
