import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../services/paths';
import { SyncStatus } from './SyncStatus';

type TripScreen =
  | 'overview'
  | 'itinerary'
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
    ['overview', paths.trip(tripId)],
    ['itinerary', paths.itinerary(tripId)],
    ['today', paths.today(tripId)],
    ['coverage', paths.coverage(tripId)],
    ['checklist', paths.checklist(tripId)],
    ['report', paths.report(tripId)],
    ['translation', paths.translation(tripId)],
    ['glossary', paths.glossary(tripId)],
    ['sync', paths.sync(tripId)],
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
    </>
  );
}
