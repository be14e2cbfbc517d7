import { itemLabel, namesToShow } from '@shared/itinerary/names';
import type { RecordId } from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import type { SearchFilter, SearchHit, SearchKind } from '@shared/search/index';
import { snippetOf } from '@shared/search/snippet';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useModalDialog } from '../../components/useModalDialog';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useMembers } from '../../data/hooks/useMembers';
import { useQuestions } from '../../data/hooks/useQuestions';
import { useSearch } from '../../data/hooks/useSearch';
import { useTrip } from '../../data/hooks/useTrip';
import { highlightMatch } from '../../services/highlightMatch';
import { useLanguage } from '../../services/useLanguage';
import { placeOf } from './placeOf';
import { Filters, KINDS } from './SearchFilters';

/** The most results shown: a longer list is narrowed by more words or a filter, and says there are more. */
const SHOWN = 50;

/**
 * The search palette of a trip: results as one types (on the composed text:
 * an input method's letters in the making search nothing), grouped by kind,
 * each with its visit, its writer and the words around the match; narrowed
 * by kind, visit, checklist question and member. Arrow keys move through the
 * results, Enter opens the place, scrolled to the match and marked there.
 */
export function SearchDialog({ tripId, onClose }: { tripId: RecordId; onClose: () => void }) {
  const { t } = useTranslation('search');
  const lang = useLanguage();
  const dialog = useModalDialog(onClose);
  const [, navigate] = useLocation();
  const trip = useTrip(tripId);
  const items = useItinerary(tripId);
  const questions = useQuestions(tripId);
  const members = useMembers(tripId);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SearchFilter>({});
  const [active, setActive] = useState(0);
  const found = useSearch(tripId, query, filter, SHOWN + 1);
  const hits = found?.slice(0, SHOWN) ?? null;
  const more = (found?.length ?? 0) > SHOWN;
  const id = useId();
  const shown = groupByKind(hits ?? []);
  const flat = shown.flatMap((group) => group.hits);

  const open = (hit: SearchHit) => {
    const place = placeOf(tripId, hit);
    onClose();
    navigate(place.href);
    highlightMatch(place.find);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => Math.min(Math.max(at + step, 0), Math.max(flat.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = flat[active];
      if (hit) open(hit);
    }
  };
  const setFilterOf = (key: keyof SearchFilter, value: string) => {
    setActive(0);
    setFilter((current) => {
      const next = { ...current };
      if (!value) delete next[key];
      else if (key === 'kinds') next.kinds = [value as SearchKind];
      else next[key] = value;
      return next;
    });
  };
  const visitName = (visitId: string | null | undefined) => {
    const item = items?.find((one) => one.id === visitId);
    return item && trip ? itemLabel(item, lang, trip) : '';
  };
  const memberName = (memberId: string | null | undefined) => {
    const member = members?.find((one) => one.id === memberId);
    return member && trip ? memberNameFor(member, lang, trip).name.text : '';
  };

  return (
    <dialog {...dialog} className="dialog dialog--wide search-dialog" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <input
        type="search"
        className="search-dialog__query"
        role="combobox"
        aria-label={t('query')}
        aria-expanded={flat.length > 0}
        aria-controls={`${id}-results`}
        aria-activedescendant={flat[active] ? `${id}-hit-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('placeholder')}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          // While an input method composes, its letters are not yet what was meant.
          if (!(event.nativeEvent as InputEvent).isComposing) {
            setQuery(event.target.value);
            setActive(0);
          }
        }}
        onCompositionEnd={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <Filters
        trip={trip}
        items={items}
        questions={questions?.map((question) => ({
          id: question.id,
          label: trip ? (namesToShow(question.text, lang, trip)[0]?.text ?? '') : '',
        }))}
        members={members}
        filter={filter}
        onChange={setFilterOf}
      />
      <p role="status" className="search-dialog__status">
        {hits === null
          ? t('preparing')
          : query.trim() === ''
            ? ''
            : flat.length === 0
              ? t('none', { query })
              : more
                ? t('countMore', { count: SHOWN })
                : t('count', { count: flat.length })}
      </p>
      <div id={`${id}-results`} role="listbox" aria-label={t('results')} className="search-dialog__results">
        {shown.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a group of a listbox's options (listbox > group > option); a fieldset groups a form's controls.
          <div key={group.kind} role="group" aria-label={t(`kinds.${group.kind}`)}>
            <div className="search-dialog__kind" aria-hidden="true">
              {t(`kinds.${group.kind}`)}
            </div>
            {group.hits.map((hit) => {
              const index = flat.indexOf(hit);
              const where = [visitName(hit.doc.visitId), hit.doc.kind === 'member' ? '' : memberName(hit.doc.memberId)]
                .filter(Boolean)
                .map((part, at) => (at === 1 ? t('by', { name: part }) : part))
                .join(' · ');
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the list is worked from the query field's arrow keys and Enter (aria-activedescendant).
                <div
                  key={hit.doc.id}
                  id={`${id}-hit-${index}`}
                  role="option"
                  aria-selected={index === active}
                  tabIndex={-1}
                  className={index === active ? 'search-hit search-hit--active' : 'search-hit'}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => open(hit)}
                >
                  {where ? <span className="search-hit__where">{where}</span> : null}
                  <span className="search-hit__snippet" lang={hit.doc.lang}>
                    {snippetOf(hit.doc.text, hit.ranges).map((part, at) =>
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet, in order, never reordered.
                      part.match ? <mark key={at}>{part.text}</mark> : <span key={at}>{part.text}</span>,
                    )}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="dialog__actions">
        <span className="muted">{t('keys')}</span>
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

function groupByKind(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  return KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.doc.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
}
