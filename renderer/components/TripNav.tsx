import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { link } from '../services/paths';
import { LostEditsNotice } from './LostEditsNotice';
import { RefusalNotice } from './RefusalNotice';
import { SyncStatus } from './SyncStatus';

type TripScreen =
  | 'overview'
  | 'itinerary'
  | 'people'
  | 'today'
  | 'coverage'
  | 'checklist'
  | 'report'
  | 'translation'
  | 'glossary'
  | 'sync';

/** The trip's screens, the current one (if it is one of them) marked; and where its sync stands. */
export function TripNav({ tripId, current }: { tripId: RecordId; current?: TripScreen }) {
  const { t } = useTranslation();
  const links: [TripScreen, string][] = [
    ['overview', link('trip', { tripId })],
    ['itinerary', link('itinerary', { tripId })],
    ['people', link('people', { tripId })],
    ['today', link('today', { tripId })],
    ['coverage', link('coverage', { tripId })],
    ['checklist', link('checklist', { tripId })],
    ['report', link('report', { tripId })],
    ['translation', link('translation', { tripId })],
    ['glossary', link('glossary', { tripId })],
    ['sync', link('sync', { tripId })],
  ];
  return (
    <>
      <nav className="trip-nav" aria-label={t('tripNav.label')}>
        {links.map(([screen, href]) => (
          <Link
            key={screen}
            href={href}
            aria-current={screen === current ? 'page' : undefined}
            className="trip-nav__link"
          >
            {t(`tripNav.${screen}`)}
          </Link>
        ))}
      </nav>
      <SyncStatus tripId={tripId} />
      <RefusalNotice tripId={tripId} />
      <LostEditsNotice tripId={tripId} />
    </>
  );
}
