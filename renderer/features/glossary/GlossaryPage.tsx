import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { namesToShow } from '@shared/itinerary/names';
import { type GlossaryTerm, pickName, type Trip } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnly } from '../../components/ReadOnly';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useStore } from '../../data/hooks/StoreContext';
import { useGlossaryTerms } from '../../data/hooks/useGlossaryTerms';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import {
  addGlossaryTerm,
  deleteGlossaryTerm,
  restoreGlossaryTerm,
  updateGlossaryTerm,
} from '../../data/records/glossaryTerms';
import { useUndo } from '../../services/undo';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { TermForm } from './TermForm';
import './glossary.css';

/** A term's name in the interface language when it has one, else the trip's languages. */
const nameOf = (term: GlossaryTerm, ui: Language, trip: Trip) =>
  pickName(term.term, [ui, trip.languages.home, trip.languages.host]);

function TermRow({ term, trip }: { term: GlossaryTerm; trip: Trip }) {
  const { t } = useTranslation('glossary');
  const { t: common } = useTranslation();
  const ui = useLanguage();
  const store = useStore();
  const undo = useUndo();
  const [editing, setEditing] = useState(false);
  const name = nameOf(term, ui, trip);
  if (editing) {
    return (
      <li className="glossary__item">
        <TermForm
          label={t('edit', { term: name })}
          initial={{ term: term.term, note: term.note }}
          submitLabel={t('save')}
          onCancel={() => setEditing(false)}
          onSave={async (input) => {
            await updateGlossaryTerm(store, term.id, input);
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li className="glossary__item">
      <dl className="glossary__term">
        {LANGUAGES.map((lang) => (
          <div key={lang}>
            <dt>{t(`term.${lang}`)}</dt>
            <dd lang={lang}>{term.term[lang] ?? '—'}</dd>
          </div>
        ))}
        {term.note ? (
          <div className="glossary__note">
            <dt>{t('note')}</dt>
            <dd>{term.note}</dd>
          </div>
        ) : null}
      </dl>
      <div className="glossary__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('edit', { term: name })}
          onClick={() => setEditing(true)}
        >
          {common('actions.edit')}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('delete', { term: name })}
          onClick={async () => {
            await deleteGlossaryTerm(store, term.id);
            undo.record(
              { label: t('deleted', { term: name }), undo: () => restoreGlossaryTerm(store, term.id) },
              { announce: true },
            );
          }}
        >
          {common('actions.delete')}
        </button>
      </div>
    </li>
  );
}

function Glossary({ trip }: { trip: Trip }) {
  const { t } = useTranslation('glossary');
  const store = useStore();
  const ui = useLanguage();
  const stored = useGlossaryTerms(trip.id);
  const terms = useMemo(
    () => stored && [...stored].sort((a, b) => nameOf(a, ui, trip).localeCompare(nameOf(b, ui, trip), ui)),
    [stored, ui, trip],
  );
  const [added, setAdded] = useState(0);
  if (!terms) return <Loading />;
  return (
    <>
      {terms.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      <ul className="glossary">
        {terms.map((term) => (
          <TermRow key={`${term.id}:${term.updatedAt}`} term={term} trip={trip} />
        ))}
      </ul>
      <section className="glossary__new" aria-labelledby="new-term">
        <h2 id="new-term">{t('newTerm')}</h2>
        <TermForm
          key={added}
          label={t('newTerm')}
          initial={{ term: {}, note: '' }}
          submitLabel={t('add')}
          onSave={async (input) => {
            await addGlossaryTerm(store, trip.id, input);
            setAdded((count) => count + 1);
          }}
        />
      </section>
    </>
  );
}

/** The trip's glossary: the terms translated one agreed way, in Korean, Japanese and English. */
export function GlossaryPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('glossary');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const notOrganiser = refusalFor(useWriter(tripId), 'glossaryTerms');
  useDocumentTitle(t('title'));
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return (
    <section aria-labelledby="glossary-heading">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="glossary-heading">{t('title')}</h1>
      <TripNav tripId={trip.id} current="glossary" />
      <p className="muted">{t('intro')}</p>
      <ReadOnly why={notOrganiser}>
        <Glossary trip={trip} />
      </ReadOnly>
    </section>
  );
}
