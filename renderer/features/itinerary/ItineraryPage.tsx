import { namesToShow } from '@shared/itinerary/names';
import { findWarnings } from '@shared/itinerary/warnings';
import type { Trip } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { link } from '../../services/paths';
import { useUndo } from '../../services/undo';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { itineraryDays } from './days';
import { exportCalendar } from './exportCalendar';
import { ItineraryTable } from './ItineraryTable';
import { ItineraryTimeline } from './ItineraryTimeline';
import { WarningsPanel } from './WarningsPanel';
import './itinerary.css';

type View = 'table' | 'timeline';
const VIEW_KEY = 'fieldbook.itineraryView';

function savedView(): View {
  return localStorage.getItem(VIEW_KEY) === 'timeline' ? 'timeline' : 'table';
}

function Itinerary({ trip }: { trip: Trip }) {
  const { t } = useTranslation('itinerary');
  const lang = useLanguage();
  const items = useItinerary(trip.id);
  const members = useMembers(trip.id);
  const history = useUndo();
  // Who may plan (shared/sync/permissions.ts): members see the itinerary, organisers change it.
  const notPlanner = refusalFor(useWriter(trip.id), 'itineraryItems');
  const [view, setView] = useState<View>(savedView);
  const [status, setStatus] = useState<string | null>(null);
  const title = namesToShow(trip.title, lang, trip)[0]?.text ?? '';
  useDocumentTitle(`${t('page.title')} · ${title}`);

  const warnings = useMemo(
    () =>
      items && members
        ? findWarnings(
            trip,
            items,
            members.map((member) => member.id),
          )
        : [],
    [trip, items, members],
  );
  if (!items || !members) return <Loading />;
  const days = itineraryDays(trip, items);

  const choose = (next: View) => {
    setView(next);
    localStorage.setItem(VIEW_KEY, next);
  };
  const exportIcs = async () => {
    const outcome = await exportCalendar(trip, items);
    setStatus(outcome.outcome === 'saved' ? t('page.exported', { file: outcome.fileName }) : t('page.exportCancelled'));
  };

  return (
    <section className="itinerary" aria-labelledby="itinerary-heading">
      <header className="page-header">
        <div>
          <p className="page-header__eyebrow">
            <Link href={link('trip', { tripId: trip.id })}>{title}</Link>
          </p>
          <h1 id="itinerary-heading">{t('page.title')}</h1>
        </div>
        <div className="page-header__actions">
          {notPlanner ? null : (
            <>
              <Link
                href={link('newItineraryItem', { tripId: trip.id, date: days[0]?.date ?? trip.startDate })}
                className="button button--primary"
              >
                {t('page.add')}
              </Link>
              <button
                type="button"
                className="button"
                onClick={() => void history.undoLast()}
                disabled={!history.last}
                title={history.last ? t('page.undoWhat', { label: history.last.label }) : undefined}
              >
                {t('page.undo')}
              </button>
            </>
          )}
          <Link href={link('printItinerary', { tripId: trip.id })} className="button">
            {t('page.print')}
          </Link>
          <button type="button" className="button" onClick={() => void exportIcs()}>
            {t('page.exportIcs')}
          </button>
        </div>
      </header>
      <TripNav tripId={trip.id} current="itinerary" />
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('page.view')}</legend>
          {(['table', 'timeline'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              className={view === option ? 'segmented__option segmented__option--on' : 'segmented__option'}
              onClick={() => choose(option)}
            >
              {t(`page.${option}`)}
            </button>
          ))}
        </fieldset>
        <p role="status" className="toolbar__status">
          {status}
        </p>
      </div>
      {notPlanner ? <ReadOnlyNote why={notPlanner} /> : <p className="muted itinerary__hint">{t('page.orderHint')}</p>}
      <WarningsPanel trip={trip} warnings={warnings} items={items} members={members} />
      {view === 'table' ? (
        <ItineraryTable
          trip={trip}
          days={days}
          warnings={warnings}
          memberCount={members.length}
          planner={!notPlanner}
        />
      ) : (
        <ItineraryTimeline trip={trip} days={days} warnings={warnings} />
      )}
    </section>
  );
}

export function ItineraryPage({ tripId }: { tripId: string }) {
  const trip = useTrip(tripId);
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return <Itinerary trip={trip} />;
}
