import type { Language } from '@shared/i18n/languages';
import { namesToShow } from '@shared/itinerary/names';
import type { Member, Trip } from '@shared/model';
import { countByLanguage, filterTexts, type TextFilter } from '@shared/translation/counts';
import type { TripText } from '@shared/translation/texts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../components/autosave/SaveIndicator';
import { SaveTrackerProvider } from '../../components/autosave/SaveTracker';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { asMember } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useGlossaryTerms } from '../../data/hooks/useGlossaryTerms';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useTripTexts } from '../../data/hooks/useTripTexts';
import { useWriter } from '../../data/hooks/useWriter';
import { shortcutLabel } from '../../services/shortcuts';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { TextFilters } from './TextFilters';
import { TranslationCounts } from './TranslationCounts';
import { TranslationItem } from './TranslationItem';
import { useNextMissing } from './useNextMissing';
import { useTextLabels } from './useTextLabels';
import './translation.css';

const NO_MEMBERS: readonly Member[] = [];

/** Texts shown at once: each translation field opens its own draft, so a trip of 500 notes is paged. */
export const PAGE_SIZE = 30;
const NEXT_MISSING = 'Alt+↓';

function TextList({ trip, texts }: { trip: Trip; texts: readonly TripText[] }) {
  const { t } = useTranslation('translation');
  const ui = useLanguage();
  const base = useStore();
  const [member] = useCurrentMember(trip.id);
  const store = useMemo(() => asMember(base, member ?? null), [base, member]);
  const writer = useWriter(trip.id);
  const members = useMembers(trip.id) ?? NO_MEMBERS;
  const terms = useGlossaryTerms(trip.id);
  const labels = useTextLabels(trip, ui);
  const languages = useMemo(() => [trip.languages.home, trip.languages.host], [trip.languages]);
  const [filter, setFilter] = useState<TextFilter>('all');
  const [into, setInto] = useState<Language | null>(null);
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState('');

  // A text the filter showed stays while the filter is on, so that a translation being typed
  // does not vanish from under the cursor when its first save makes it a draft.
  const shown = useRef<{ filter: string; keys: Set<string> }>({ filter: '', keys: new Set() });
  const choice = `${filter}:${into}`;
  if (shown.current.filter !== choice) shown.current = { filter: choice, keys: new Set() };
  const matching = new Set(filterTexts(texts, languages, filter, into).map((entry) => entry.key));
  const visible = texts.filter((entry) => matching.has(entry.key) || shown.current.keys.has(entry.key));
  for (const entry of visible) shown.current.keys.add(entry.key);

  const counts = useMemo(() => countByLanguage(texts, languages), [texts, languages]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const onPage = visible.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const nextMissing = useNextMissing(visible, languages, into);
  // Both ways only when the trip has texts written in each language: then a translator may take one.
  const directions = counts.filter((line) => line.counts.total > 0).map((line) => line.lang);
  const goNext = () => {
    const index = nextMissing();
    setNotice(index === null ? t('noneMissing') : '');
    if (index !== null) setPage(Math.floor(index / PAGE_SIZE));
  };
  const goNextRef = useRef(goNext);
  goNextRef.current = goNext;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.key !== 'ArrowDown' || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      goNextRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!terms || !labels) return <Loading />;
  if (texts.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <>
      <TranslationCounts counts={counts} />
      <div className="translation__toolbar">
        <TextFilters
          filter={filter}
          into={into}
          directions={directions}
          onChange={(next) => {
            setFilter(next.filter);
            setInto(next.into);
            setPage(0);
          }}
        />
        <div>
          <button type="button" className="button" aria-keyshortcuts="Alt+ArrowDown" onClick={goNext}>
            {t('nextMissing')} <kbd>{shortcutLabel(NEXT_MISSING)}</kbd>
          </button>
          <p className="field__hint">{t('nextMissingHint', { keys: shortcutLabel(NEXT_MISSING) })}</p>
          <SaveIndicator />
        </div>
      </div>
      <p role="status" className="translation__notice">
        {notice}
      </p>
      {visible.length === 0 ? <p className="muted">{t('emptyFilter')}</p> : null}
      {onPage.map((entry, index) => {
        const group = labels.group(entry);
        const previous = onPage[index - 1];
        return (
          <div key={entry.key}>
            {!previous || labels.group(previous) !== group ? <h2 className="translation__group">{group}</h2> : null}
            <TranslationItem
              entry={entry}
              label={labels.label(entry)}
              tripId={trip.id}
              languages={languages}
              into={into}
              terms={terms}
              store={store}
              writer={writer}
              members={members}
            />
          </div>
        );
      })}
      {pages > 1 ? (
        <nav className="translation__pages" aria-label={t('pages.label')}>
          <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('pages.previous')}
          </button>
          <span>
            {t('pages.range', {
              from: current * PAGE_SIZE + 1,
              to: current * PAGE_SIZE + onPage.length,
              total: visible.length,
            })}
          </span>
          <button
            type="button"
            className="button"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('pages.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}

/** Every text of the trip that goes into an export, each original beside its translations. */
export function TranslationPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('translation');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const texts = useTripTexts(tripId);
  useDocumentTitle(t('title'));
  if (trip === undefined || texts === undefined) return <Loading />;
  if (trip === null || texts === null) return <NotFound />;
  return (
    <section aria-labelledby="translation-heading" className="translation">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="translation-heading">{t('title')}</h1>
      <TripNav tripId={trip.id} current="translation" />
      <p className="muted">{t('intro')}</p>
      <SaveTrackerProvider>
        <TextList trip={trip} texts={texts} />
      </SaveTrackerProvider>
    </section>
  );
}
