import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { bridge } from '../../bridge/bridge';
import { useModalDialog } from '../../components/useModalDialog';
import { useStore } from '../../data/hooks/StoreContext';
import { isModKey, shortcutLabel } from '../../services/shortcuts';
import './search.css';

/**
 * The search's code (the index, the itinerary's times) loads after the first
 * screen: the dialog once the header is on screen, the warming with a trip.
 */
const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(() => loadDialog().then((module) => ({ default: module.SearchDialog })));

/** The trip a screen belongs to, from its address (/trips/:tripId/...); null outside a trip. */
function tripOfPath(path: string): string | null {
  const found = /^\/trips\/([^/]+)/.exec(path);
  return found?.[1] && found[1] !== 'new' ? decodeURIComponent(found[1]) : null;
}

/**
 * Search across the trip on screen: opened by its button in the header, by
 * Ctrl+K (⌘K) anywhere, text fields included, and by the desktop app's Edit
 * menu. Outside a trip it says to open one.
 */
export function Search() {
  const { t } = useTranslation('search');
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const tripId = tripOfPath(location);
  const { db } = useStore();
  // With a trip on screen, its search is opened from the cache in idle time: the first search then answers at once.
  useEffect(() => {
    if (!tripId) return;
    let stop: (() => void) | null = null;
    let shown = true;
    void import('../../data/search/tripSearches').then(({ warmTripSearch }) => {
      if (shown) stop = warmTripSearch(db, tripId);
    });
    return () => {
      shown = false;
      stop?.();
    };
  }, [db, tripId]);
  useEffect(() => {
    void loadDialog();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModKey(event, 'k')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = bridge.on('app:menuCommand', (command) => {
      if (command.command === 'search') setOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
  const keys = shortcutLabel('Mod+K');
  return (
    <>
      <button
        type="button"
        className="button button--small app-header__search"
        title={t('openHint', { keys })}
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen(true)}
      >
        {t('open')} <kbd>{keys}</kbd>
      </button>
      {open && tripId ? (
        <Suspense fallback={null}>
          <SearchDialog tripId={tripId} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
      {open && !tripId ? <NoTrip onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function NoTrip({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('search');
  const dialog = useModalDialog(onClose);
  return (
    <dialog {...dialog} className="dialog" aria-label={t('title')}>
      <p>{t('noTrip')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
