import { type ComponentType, lazy, type ReactNode } from 'react';
import { TripListPage } from '../features/trips/TripListPage';
import { ROUTES } from '../services/paths';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * The screens of a module that loads after the first screen (the list of
 * trips) has appeared, and with them the heavier libraries they pull in
 * (dates and time zones, forms, drag and drop, calendar export). All of them load in the background right after it (see
 * preloadScreens): the app must work offline, so no screen may wait for a
 * fetch later.
 */
function later<M>(load: () => Promise<M>) {
  loaders.push(load);
  return <K extends keyof M>(name: K): M[K] =>
    lazy(async () => ({ default: (await load())[name] as unknown as ComponentType })) as unknown as M[K];
}

const trip = later(() => import('../features/trips/TripPage'));
const roster = later(() => import('../features/members/RosterSection'));
const tripForm = later(() => import('../features/trips/TripFormPage'));
const memberForm = later(() => import('../features/members/MemberFormPage'));
const itinerary = later(() => import('../features/itinerary/ItineraryPage'));
const itemForm = later(() => import('../features/itinerary/ItemFormPage'));
const print = later(() => import('../features/itinerary/PrintItineraryPage'));
const notes = later(() => import('../features/notes/NotesPage'));
const today = later(() => import('../features/notes/TodayPage'));
const coverage = later(() => import('../features/coverage/CoveragePage'));
const checklist = later(() => import('../features/checklist/ChecklistEditorPage'));
const report = later(() => import('../features/report/ReportPage'));
const translation = later(() => import('../features/translation/TranslationPage'));
const glossary = later(() => import('../features/glossary/GlossaryPage'));
const sync = later(() => import('../features/sync/SyncPage'));
const joining = later(() => import('../features/sync/JoinPage'));

const TripPage = trip('TripPage');
const RosterSection = roster('RosterSection');
const NewTripPage = tripForm('NewTripPage');
const EditTripPage = tripForm('EditTripPage');
const NewMemberPage = memberForm('NewMemberPage');
const EditMemberPage = memberForm('EditMemberPage');
const ItineraryPage = itinerary('ItineraryPage');
const NewItemPage = itemForm('NewItemPage');
const EditItemPage = itemForm('EditItemPage');
const PrintItineraryPage = print('PrintItineraryPage');
const NotesPage = notes('NotesPage');
const TodayPage = today('TodayPage');
const CoveragePage = coverage('CoveragePage');
const ChecklistEditorPage = checklist('ChecklistEditorPage');
const ReportPage = report('ReportPage');
const TranslationPage = translation('TranslationPage');
const GlossaryPage = glossary('GlossaryPage');
const SyncPage = sync('SyncPage');
const JoinPage = joining('JoinPage');

type Params = Record<string, string | undefined>;
const param = (params: Params, name: string) => params[name] ?? '';

/**
 * The route table: each address (services/paths.ts) with the screen it
 * shows, in the order they are tried (`/trips/new` before `/trips/:tripId`).
 */
export const ROUTE_TABLE: readonly { path: string; screen: (params: Params) => ReactNode }[] = [
  { path: ROUTES.trips, screen: () => <TripListPage /> },
  { path: ROUTES.newTrip, screen: () => <NewTripPage /> },
  { path: ROUTES.join, screen: () => <JoinPage /> },
  { path: ROUTES.editTrip, screen: (p) => <EditTripPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.newMember, screen: (p) => <NewMemberPage tripId={param(p, 'tripId')} /> },
  {
    path: ROUTES.editMember,
    screen: (p) => <EditMemberPage tripId={param(p, 'tripId')} memberId={param(p, 'memberId')} />,
  },
  { path: ROUTES.itinerary, screen: (p) => <ItineraryPage tripId={param(p, 'tripId')} /> },
  {
    path: ROUTES.newItineraryItem,
    screen: (p) => <NewItemPage tripId={param(p, 'tripId')} date={param(p, 'date')} />,
  },
  {
    path: ROUTES.itineraryItem,
    screen: (p) => <EditItemPage tripId={param(p, 'tripId')} itemId={param(p, 'itemId')} />,
  },
  { path: ROUTES.printItinerary, screen: (p) => <PrintItineraryPage tripId={param(p, 'tripId')} /> },
  {
    path: ROUTES.notesQuestion,
    screen: (p) => (
      <NotesPage
        tripId={param(p, 'tripId')}
        visitId={param(p, 'visitId')}
        section="checklist"
        questionId={param(p, 'questionId')}
      />
    ),
  },
  {
    path: ROUTES.notes,
    screen: (p) => <NotesPage tripId={param(p, 'tripId')} visitId={param(p, 'visitId')} section={p.section} />,
  },
  { path: ROUTES.today, screen: (p) => <TodayPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.coverage, screen: (p) => <CoveragePage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.checklist, screen: (p) => <ChecklistEditorPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.report, screen: (p) => <ReportPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.translation, screen: (p) => <TranslationPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.glossary, screen: (p) => <GlossaryPage tripId={param(p, 'tripId')} /> },
  { path: ROUTES.sync, screen: (p) => <SyncPage tripId={param(p, 'tripId')} /> },
  {
    path: ROUTES.trip,
    // The trip's overview shows its roster, a section of the members feature: the app puts them together.
    screen: (p) => <TripPage tripId={param(p, 'tripId')} roster={(trip) => <RosterSection trip={trip} />} />,
  },
];

/**
 * Loads every screen that loads after the first, without showing it, and
 * what loads apart, being large: the places the time-zone fields search
 * (offline, a form opened later still finds 大阪) and the sample trip.
 */
export function preloadScreens(): Promise<unknown> {
  return Promise.all([
    ...loaders.map((load) => load()),
    import('@shared/itinerary/zones'),
    import('../data/records/sampleTrip'),
  ]);
}
