import { namesToShow } from '@shared/itinerary/names';
import { daysInclusive } from '@shared/model/days';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/ScreenStatus';
import { TripFileStatus } from '../../components/tripFiles/TripFileStatus';
import { useTripFileWork } from '../../components/tripFiles/useTripFileWork';
import { useStore } from '../../data/hooks/StoreContext';
import { useMemberCounts } from '../../data/hooks/useMemberCounts';
import { useTrips } from '../../data/hooks/useTrips';
import { describeTimeZone, formatDateRange } from '../../i18n/format';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import './trips.css';

export function TripListPage() {
  const { t } = useTranslation(['trips', 'common']);
  const store = useStore();
  const lang = useLanguage();
  const trips = useTrips();
  const counts = useMemberCounts();
  const [, navigate] = useLocation();
  useDocumentTitle(t('list.title'));

  // The sample trip's records load with it, not with the first screen (preloaded for offline use: app/routes.tsx).
  const files = useTripFileWork();
  const restore = async () => {
    const restored = await files.read();
    if (restored) navigate(link('trip', { tripId: restored.tripId }));
  };

  const openSample = async () => {
    const { loadSampleTrip } = await import('../../data/records/sampleTrip');
    navigate(link('trip', { tripId: await loadSampleTrip(store) }));
  };

  const actions = (
    <>
      <Link href={link('newTrip')} className="button button--primary">
        {t('list.new')}
      </Link>
      <button type="button" className="button" onClick={() => void openSample()}>
        {t('list.loadSample')}
      </button>
      <Link href={link('join')} className="button">
        {t('common:syncSetup.joinTitle')}
      </Link>
      <button type="button" className="button" onClick={() => void restore()}>
        {t('common:tripFiles.restore')}
      </button>
    </>
  );

  if (!trips) return <Loading />;
  return (
    <section aria-labelledby="trips-heading">
      <header className="page-header">
        <h1 id="trips-heading">{t('list.title')}</h1>
        {trips.length > 0 ? <div className="page-header__actions">{actions}</div> : null}
      </header>
      <TripFileStatus state={files.state} onCancel={files.stop} />
      {trips.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')} body={t('list.emptyBody')}>
          {actions}
        </EmptyState>
      ) : (
        <ul className="trip-list">
          {trips.map((trip) => {
            const [first, ...others] = namesToShow(trip.title, lang, trip);
            const destination = describeTimeZone(trip.destinationTimeZone, lang, trip.startDate);
            return (
              <li key={trip.id} className="trip-card">
                <Link href={link('trip', { tripId: trip.id })} className="trip-card__link">
                  <span className="trip-card__title" lang={first?.lang}>
                    {first?.text}
                  </span>
                </Link>
                {others.map((name) => (
                  <span key={name.lang} className="trip-card__subtitle" lang={name.lang}>
                    {name.text}
                  </span>
                ))}
                <span className="trip-card__facts">
                  <span>{formatDateRange(trip.startDate, trip.endDate, lang)}</span>
                  <span>{t('common:dates.days', { count: daysInclusive(trip.startDate, trip.endDate) })}</span>
                  <span>{destination.name}</span>
                  <span>{t('list.members', { count: counts?.get(trip.id) ?? 0 })}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
