import type { ItineraryItem, Member, RecordId, Trip } from '@shared/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading, NotFound } from '../../app/NotFound';
import { NOTES_SECTIONS, type NotesSection, paths } from '../../app/paths';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLanguage } from '../../app/useLanguage';
import { SaveIndicator } from '../../components/autosave/SaveIndicator';
import { SaveTrackerProvider } from '../../components/autosave/SaveTracker';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useItineraryItem } from '../../data/hooks/useItineraryItem';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useStore } from '../../data/StoreContext';
import { asMember } from '../../data/store';
import { formatDate } from '../../i18n/format';
import { itemNameOf, namesToShow } from '../../i18n/names';
import { ItemTime } from '../itinerary/ItemTime';
import { TripNav } from '../trips/TripNav';
import { ChecklistSection } from './ChecklistSection';
import { FilesSection } from './FilesSection';
import { MemberPicker } from './MemberPicker';
import { MinutesSection } from './MinutesSection';
import { QaSection } from './QaSection';
import type { WorkspaceProps } from './workspaceProps';
import './workspace.css';

function Workspace({
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
  const names = namesToShow(itemNameOf(visit), lang, trip);
  const title = names[0]?.text ?? '';
  useDocumentTitle(`${title} · ${t('workspace.title')}`);
  const memberStore = useMemo(() => asMember(store, memberId ?? null), [store, memberId]);
  if (memberId === undefined) return <Loading />;

  const props: WorkspaceProps = { trip, visit, members, memberId, store: memberStore };
  return (
    <SaveTrackerProvider>
      <article className="workspace" aria-labelledby="workspace-title">
        <TripNav tripId={trip.id} />
        <header className="workspace__header">
          <div>
            <p className="page-header__eyebrow">
              <Link href={paths.itinerary(trip.id)}>{t('workspace.back')}</Link>
            </p>
            <h1 id="workspace-title" lang={names[0]?.lang}>
              {title}
            </h1>
            {names.slice(1).map((name) => (
              <p key={name.lang} lang={name.lang} className="page-header__subtitle">
                {name.text}
              </p>
            ))}
            <p className="workspace__when">
              {formatDate(visit.date, lang)} · <ItemTime item={visit} trip={trip} />
            </p>
          </div>
          <div className="workspace__tools">
            <MemberPicker members={members} current={memberId} onChoose={(id) => void chooseMember(id)} />
            <SaveIndicator />
          </div>
        </header>
        <nav className="tabs" aria-label={t('workspace.title')}>
          {NOTES_SECTIONS.map((name) => (
            <Link
              key={name}
              href={paths.visitNotes(trip.id, visit.id, name)}
              className="tabs__tab"
              aria-current={name === section ? 'page' : undefined}
            >
              {t(`workspace.sections.${name}`)}
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

export function VisitWorkspacePage({
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
    <Workspace
      trip={trip}
      visit={visit}
      members={members}
      section={isSection(section) ? section : 'checklist'}
      questionId={questionId}
    />
  );
}
