import { itemNameOf, namesToShow } from '@shared/itinerary/names';
import type { ItineraryItem, Member, RecordId, Trip } from '@shared/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SaveIndicator } from '../../components/autosave/SaveIndicator';
import { SaveTrackerProvider } from '../../components/autosave/SaveTracker';
import { ItemTime } from '../../components/ItemTime';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { asMember } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useConnection } from '../../data/hooks/useConnection';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useItineraryItem } from '../../data/hooks/useItineraryItem';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { formatDate } from '../../i18n/format';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { ChecklistSection } from './ChecklistSection';
import { FilesSection } from './FilesSection';
import { MemberPicker } from './MemberPicker';
import { MinutesSection } from './MinutesSection';
import type { NotesProps } from './notesProps';
import { QaSection } from './QaSection';
import { NOTES_SECTIONS, type NotesSection } from './sections';
import './notes.css';

function NotesOfItem({
  trip,
  visit,
  members,
  section,
  questionId,
}: {
  trip: Trip;
  visit: ItineraryItem;
  members: Member[];
  section: NotesSection;
  questionId: RecordId | undefined;
}) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const store = useStore();
  const [memberId, chooseMember] = useCurrentMember(trip.id);
  const connection = useConnection(trip.id);
  const writer = useWriter(trip.id);
  const names = namesToShow(itemNameOf(visit), lang, trip);
  const title = names[0]?.text ?? '';
  useDocumentTitle(`${title} · ${t('page.title')}`);
  const memberStore = useMemo(() => asMember(store, memberId ?? null), [store, memberId]);
  // The same props while what they hold is the same: the sections (memo) are not drawn again with the page.
  const props = useMemo<NotesProps | null>(
    () => (memberId === undefined ? null : { trip, visit, members, memberId, store: memberStore, writer }),
    [trip, visit, members, memberId, memberStore, writer],
  );
  if (props === null) return <Loading />;

  return (
    <SaveTrackerProvider>
      <article className="notes-page" aria-labelledby="notes-title">
        <TripNav tripId={trip.id} />
        <header className="notes-page__header">
          <div>
            <p className="page-header__eyebrow">
              <Link href={link('itinerary', { tripId: trip.id })}>{t('page.back')}</Link>
            </p>
            <h1 id="notes-title" lang={names[0]?.lang}>
              {title}
            </h1>
            {names.slice(1).map((name) => (
              <p key={name.lang} lang={name.lang} className="page-header__subtitle">
                {name.text}
              </p>
            ))}
            <p className="notes-page__when">
              {formatDate(visit.date, lang)} · <ItemTime item={visit} trip={trip} />
            </p>
          </div>
          <div className="notes-page__tools">
            <MemberPicker
              members={members}
              current={props.memberId}
              onChoose={(id) => void chooseMember(id)}
              bound={connection?.organiser === false}
            />
            <SaveIndicator />
          </div>
        </header>
        <nav className="tabs" aria-label={t('page.title')}>
          {NOTES_SECTIONS.map((name) => (
            <Link
              key={name}
              href={link('notes', { tripId: trip.id, visitId: visit.id, section: name })}
              className="tabs__tab"
              aria-current={name === section ? 'page' : undefined}
            >
              {t(`page.sections.${name}`)}
            </Link>
          ))}
        </nav>
        {section === 'checklist' ? <ChecklistSection {...props} focusQuestion={questionId} /> : null}
        {section === 'minutes' ? <MinutesSection {...props} /> : null}
        {section === 'qa' ? <QaSection {...props} /> : null}
        {section === 'files' ? <FilesSection {...props} /> : null}
      </article>
    </SaveTrackerProvider>
  );
}

function isSection(value: string | undefined): value is NotesSection {
  return (NOTES_SECTIONS as readonly string[]).includes(value ?? '');
}

export function NotesPage({
  tripId,
  visitId,
  section,
  questionId,
}: {
  tripId: string;
  visitId: string;
  section?: string | undefined;
  questionId?: string | undefined;
}) {
  const trip = useTrip(tripId);
  const visit = useItineraryItem(visitId);
  const members = useMembers(tripId);
  if (trip === undefined || visit === undefined || members === undefined) return <Loading />;
  if (trip === null || visit === null || visit.tripId !== trip.id) return <NotFound />;
  return (
    <NotesOfItem
      trip={trip}
      visit={visit}
      members={members}
      section={isSection(section) ? section : 'checklist'}
      questionId={questionId}
    />
  );
}
