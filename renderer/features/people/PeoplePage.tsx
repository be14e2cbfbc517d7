import { namesToShow } from '@shared/itinerary/names';
import type { HostPersonEntry, HostPersonInput, Trip } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName, personLabel } from '../../components/hostPeople/PersonName';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { formDraftKey } from '../../data/drafts/drafts';
import { useStore } from '../../data/hooks/StoreContext';
import { useHostPeople } from '../../data/hooks/useHostPeople';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { addHostPerson, deleteHostPerson, restoreHostPerson, updateHostPerson } from '../../data/records/hostPeople';
import { useUndo } from '../../services/undo';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { CardPhoto } from './CardPhoto';
import { ReadCards } from './cards/ReadCards';
import { groupByOrganisation } from './groups';
import { PersonForm, personFormValues } from './PersonForm';
import './people.css';

type Shown = 'title' | 'department' | 'phone' | 'email' | 'address' | 'contact';

/** One line of a card: its label and what it says; nothing when nothing is known. */
function Line({ shown, children }: { shown: Shown; children: ReactNode }) {
  const { t } = useTranslation('people');
  if (!children || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <div>
      <dt>{t(`shown.${shown}`)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a card says of a person besides the name, in the reader's languages first. */
function PersonDetails({ person, trip }: { person: HostPersonEntry; trip: Trip }) {
  const ui = useLanguage();
  const shown = (name: HostPersonEntry['title']) =>
    namesToShow(name, ui, trip).map(({ text, lang }) => (
      <span key={lang} lang={lang} className="person-card__value">
        {text}
      </span>
    ));
  return (
    <dl className="person-card__details">
      <Line shown="title">{shown(person.title)}</Line>
      <Line shown="department">{shown(person.department)}</Line>
      <Line shown="phone">
        {person.phone ? <a href={`tel:${person.phone.replace(/[^0-9+]/g, '')}`}>{person.phone}</a> : null}
      </Line>
      <Line shown="email">{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}</Line>
      <Line shown="address">{shown(person.address)}</Line>
      <Line shown="contact">{person.contact || null}</Line>
    </dl>
  );
}

function PersonCard({ person, trip, mayWrite }: { person: HostPersonEntry; trip: Trip; mayWrite: boolean }) {
  const { t } = useTranslation(['people', 'common']);
  const ui = useLanguage();
  const store = useStore();
  const undo = useUndo();
  const [editing, setEditing] = useState(false);
  const label = personLabel(person, ui, trip) || t('unnamed');
  if (editing) {
    return (
      <li className="person-card person-card--editing" aria-label={t('edit', { name: label })}>
        <h3 className="person-card__form-title">{t('edit', { name: label })}</h3>
        <PersonForm
          draftKey={formDraftKey('hostPeople', person.id)}
          basedOn={person.hlc}
          defaultValues={personFormValues(person)}
          submitLabel={t('save')}
          onSubmit={async (input, commit) => {
            await commit(() => updateHostPerson(store, trip.id, person.id, input));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="person-card">
      <div className="person-card__head">
        <h3 className="person-card__name">
          <PersonName person={person} trip={trip} />
        </h3>
        {mayWrite ? (
          <div className="person-card__actions">
            <button
              type="button"
              className="button button--small"
              aria-label={t('edit', { name: label })}
              onClick={() => setEditing(true)}
            >
              {t('common:actions.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              aria-label={t('delete', { name: label })}
              onClick={async () => {
                await deleteHostPerson(store, trip.id, person.id);
                undo.record(
                  { label: t('deleted', { name: label }), undo: () => restoreHostPerson(store, person.id) },
                  { announce: true },
                );
              }}
            >
              {t('common:actions.delete')}
            </button>
          </div>
        ) : null}
      </div>
      <PersonDetails person={person} trip={trip} />
      {person.cardAttachmentId ? <CardPhoto attachmentId={person.cardAttachmentId} name={label} /> : null}
    </li>
  );
}

function NewPerson({ trip }: { trip: Trip }) {
  const { t } = useTranslation('people');
  const store = useStore();
  const ui = useLanguage();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  if (!open)
    return (
      <div className="people__add">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setAdded(null);
            setOpen(true);
          }}
        >
          + {t('add')}
        </button>
        <p className="form__status" role="status">
          {added}
        </p>
      </div>
    );
  return (
    <section className="people__new" aria-labelledby="new-person">
      <h2 id="new-person">{t('newPerson')}</h2>
      <PersonForm
        draftKey={`hostPerson:new:${trip.id}`}
        basedOn={null}
        defaultValues={personFormValues()}
        submitLabel={t('add')}
        onSubmit={async (input: HostPersonInput, commit) => {
          const person = await commit(() => addHostPerson(store, trip.id, input));
          setAdded(t('added', { name: personLabel(person, ui, trip) }));
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </section>
  );
}

function People({ trip, mayWrite }: { trip: Trip; mayWrite: boolean }) {
  const { t } = useTranslation('people');
  const ui = useLanguage();
  const directory = useHostPeople(trip.id);
  if (!directory) return <Loading />;
  const groups = groupByOrganisation(directory.people, ui, trip);
  return (
    <>
      {mayWrite ? <NewPerson trip={trip} /> : null}
      {mayWrite ? <ReadCards trip={trip} /> : null}
      {groups.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="people__group" aria-label={group.label || t('noOrganisation')}>
          <h2 className="people__organisation">
            {group.names.length > 0
              ? group.names.map(({ text, lang }, index) => (
                  <span key={lang} lang={lang} className={index > 0 ? 'people__organisation-other' : undefined}>
                    {text}
                  </span>
                ))
              : t('noOrganisation')}
          </h2>
          <ul className="people__list">
            {group.people.map((person) => (
              <PersonCard key={`${person.id}:${person.hlc}`} person={person} trip={trip} mayWrite={mayWrite} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The trip's directory of host people: each person once, by organisation, added and corrected here. */
export function PeoplePage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('people');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const notAllowed = refusalFor(useWriter(tripId), 'hostPeople');
  useDocumentTitle(t('title'));
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return (
    <section aria-labelledby="people-heading">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="people-heading">{t('title')}</h1>
      <TripNav tripId={trip.id} current="people" />
      <p className="muted">{t('intro')}</p>
      {notAllowed ? <ReadOnlyNote why={notAllowed} /> : null}
      <People trip={trip} mayWrite={!notAllowed} />
    </section>
  );
}
