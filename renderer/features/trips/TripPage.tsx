import { LANGUAGE_AUTONYMS } from '@shared/i18n/languages';
import { namesToShow } from '@shared/itinerary/names';
import { daysInclusive, type Trip, textIn } from '@shared/model';
import { mayChange } from '@shared/sync/permissions';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ChangeHistoryButton } from '../../components/history/ChangeHistoryButton';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useStore } from '../../data/hooks/StoreContext';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { deleteTrip, restoreTrip } from '../../data/records/trips';
import { describeTimeZone, formatDateRange } from '../../i18n/format';
import { link } from '../../services/paths';
import { useUndo } from '../../services/undo';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { VisitsSection } from './VisitsSection';
import './trips.css';

function TimeZoneFact({ zone, trip }: { zone: string; trip: Trip }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { name, offset } = describeTimeZone(zone, lang, trip.startDate);
  return <span title={zone}>{t('timeZone.withOffset', { name, offset })}</span>;
}

function TripDetails({ trip }: { trip: Trip }) {
  const { t } = useTranslation(['trips', 'common']);
  const lang = useLanguage();
  const purpose = textIn(trip.purpose, lang);
  const [organiser] = namesToShow(trip.organiser, lang, trip);
  return (
    <dl className="facts">
      <div>
        <dt>{t('details.dates')}</dt>
        <dd>
          {formatDateRange(trip.startDate, trip.endDate, lang)}{' '}
          <span className="muted">
            ({t('common:dates.days', { count: daysInclusive(trip.startDate, trip.endDate) })})
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('details.timeZones')}</dt>
        <dd>
          <TimeZoneFact zone={trip.homeTimeZone} trip={trip} /> →{' '}
          <TimeZoneFact zone={trip.destinationTimeZone} trip={trip} />
        </dd>
      </div>
      <div>
        <dt>{t('details.languages')}</dt>
        <dd>
          {t('details.languagePair', {
            home: LANGUAGE_AUTONYMS[trip.languages.home],
            host: LANGUAGE_AUTONYMS[trip.languages.host],
          })}
        </dd>
      </div>
      {organiser ? (
        <div>
          <dt>{t('details.organiser')}</dt>
          <dd lang={organiser.lang}>{organiser.text}</dd>
        </div>
      ) : null}
      {purpose.text ? (
        <div className="facts__wide">
          <dt>{t('details.purpose')}</dt>
          <dd lang={purpose.lang} className="prose">
            {purpose.text}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A trip's overview; `roster` is the roster section the app gives it (a section of the members feature). */
export function TripPage({ tripId, roster }: { tripId: string; roster: (trip: Trip) => ReactNode }) {
  const { t } = useTranslation(['trips', 'common']);
  const store = useStore();
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const history = useUndo();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  // The trip's details are its organisers' to change; everyone on it reads them.
  const organiser = mayChange(useWriter(tripId), 'trips');
  const [first, ...others] = trip ? namesToShow(trip.title, lang, trip) : [];
  useDocumentTitle(first?.text);

  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;

  const remove = async () => {
    setConfirming(false);
    await deleteTrip(store, trip.id);
    navigate(link('trips'));
    history.record(
      { label: t('delete.done', { title: first?.text ?? '' }), undo: () => restoreTrip(store, trip.id) },
      { announce: true },
    );
  };

  return (
    <article className="trip" aria-labelledby="trip-title">
      <header className="page-header">
        <div>
          <h1 id="trip-title" lang={first?.lang}>
            {first?.text}
          </h1>
          {others.map((name) => (
            <p key={name.lang} className="page-header__subtitle" lang={name.lang}>
              {name.text}
            </p>
          ))}
        </div>
        <div className="page-header__actions">
          {organiser ? (
            <Link href={link('editTrip', { tripId: trip.id })} className="button">
              {t('details.edit')}
            </Link>
          ) : null}
          <ChangeHistoryButton table="trips" recordId={trip.id} tripId={trip.id} label={first?.text ?? ''} />
          {organiser ? (
            <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
              {t('details.delete')}
            </button>
          ) : null}
        </div>
      </header>
      <TripNav tripId={trip.id} current="overview" />
      <TripDetails trip={trip} />
      {roster(trip)}
      <VisitsSection trip={trip} />
      <ConfirmDialog
        open={confirming}
        title={t('delete.confirmTitle')}
        body={t('delete.confirmBody', { title: first?.text ?? '' })}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </article>
  );
}
