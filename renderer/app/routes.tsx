import type { i18n } from 'i18next';
import { type ComponentType, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTripFileCode } from '../components/tripFiles/useTripFileWork';
import { TripListPage } from '../features/trips/TripListPage';
import { NAMESPACES, preloadStrings } from '../i18n/strings';
import { type ParamsOf, registerRoutes } from '../services/paths';

type Params = Record<string, string | undefined>;

/** A route: its path (hash routes: they work from the desktop app's own protocol and any web server) and its screen. */
export interface Route<P extends string = string> {
  path: P;
  screen: ComponentType<{ params: Params }>;
  /** Loads the screen's code without showing it (see preloadScreens). */
  preload?: () => Promise<unknown>;
}

/** The first screen (the list of trips), in the first bundle. */
function first<const P extends string>(path: P, screen: (params: ParamsOf<P>) => ReactNode): Route<P> {
  return { path, screen: ({ params }) => screen(params as ParamsOf<P>) };
}

/**
 * A screen that loads after the first one has appeared, with the heavier
 * libraries it pulls in (dates and time zones, forms, drag and drop, calendar
 * export): `load` brings its module, `screen` shows it with the address's
 * parameters. It shows once every namespace of the interface language's
 * strings is in (the first screen's alone came before it): a screen may say
 * any of them.
 */
function later<const P extends string, M>(
  path: P,
  load: () => Promise<M>,
  screen: (module: M, params: ParamsOf<P>) => ReactNode,
): Route<P> {
  const Screen = lazy(async () => {
    const module = await load();
    return {
      default: function LaterScreen({ params }: { params: Params }) {
        useTranslation(NAMESPACES);
        return screen(module, params as ParamsOf<P>);
      },
    };
  });
  return { path, screen: Screen, preload: load };
}

const tripForm = () => import('../features/trips/TripFormPage');
const memberForm = () => import('../features/members/MemberFormPage');
const itemForm = () => import('../features/itinerary/ItemFormPage');
const notes = () => import('../features/notes/NotesPage');
// The trip's overview shows its roster, a section of the members feature: the app puts them together.
const tripOverview = async () => ({
  ...(await import('../features/trips/TripPage')),
  ...(await import('../features/members/RosterSection')),
});

/**
 * The route table, once: each screen's name (what links use, `link('trip',
 * { tripId })` in services/paths.ts), its path, its loader and its screen, in
 * the order they are tried (`/trips/new` before `/trips/:tripId`).
 */
export const ROUTES = {
  trips: first('/', () => <TripListPage />),
  newTrip: later('/trips/new', tripForm, (m) => <m.NewTripPage />),
  join: later(
    '/join',
    () => import('../features/sync/JoinPage'),
    (m) => <m.JoinPage />,
  ),
  editTrip: later('/trips/:tripId/edit', tripForm, (m, p) => <m.EditTripPage tripId={p.tripId} />),
  newMember: later('/trips/:tripId/members/new', memberForm, (m, p) => <m.NewMemberPage tripId={p.tripId} />),
  editMember: later('/trips/:tripId/members/:memberId/edit', memberForm, (m, p) => (
    <m.EditMemberPage tripId={p.tripId} memberId={p.memberId} />
  )),
  itinerary: later(
    '/trips/:tripId/itinerary',
    () => import('../features/itinerary/ItineraryPage'),
    (m, p) => <m.ItineraryPage tripId={p.tripId} />,
  ),
  newItineraryItem: later('/trips/:tripId/itinerary/new/:date', itemForm, (m, p) => (
    <m.NewItemPage tripId={p.tripId} date={p.date} />
  )),
  itineraryItem: later('/trips/:tripId/itinerary/items/:itemId', itemForm, (m, p) => (
    <m.EditItemPage tripId={p.tripId} itemId={p.itemId} />
  )),
  printItinerary: later(
    '/trips/:tripId/itinerary/print',
    () => import('../features/itinerary/PrintItineraryPage'),
    (m, p) => <m.PrintItineraryPage tripId={p.tripId} />,
  ),
  notesQuestion: later('/trips/:tripId/visits/:visitId/checklist/:questionId', notes, (m, p) => (
    <m.NotesPage tripId={p.tripId} visitId={p.visitId} section="checklist" questionId={p.questionId} />
  )),
  notes: later('/trips/:tripId/visits/:visitId/:section?', notes, (m, p) => (
    <m.NotesPage tripId={p.tripId} visitId={p.visitId} section={p.section} />
  )),
  today: later(
    '/trips/:tripId/today',
    () => import('../features/notes/TodayPage'),
    (m, p) => <m.TodayPage tripId={p.tripId} />,
  ),
  coverage: later(
    '/trips/:tripId/coverage',
    () => import('../features/coverage/CoveragePage'),
    (m, p) => <m.CoveragePage tripId={p.tripId} />,
  ),
  checklist: later(
    '/trips/:tripId/checklist',
    () => import('../features/checklist/ChecklistEditorPage'),
    (m, p) => <m.ChecklistEditorPage tripId={p.tripId} />,
  ),
  report: later(
    '/trips/:tripId/report',
    () => import('../features/report/ReportPage'),
    (m, p) => <m.ReportPage tripId={p.tripId} />,
  ),
  letters: later(
    '/trips/:tripId/letters',
    () => import('../features/letters/LettersPage'),
    (m, p) => <m.LettersPage tripId={p.tripId} />,
  ),
  translation: later(
    '/trips/:tripId/translation',
    () => import('../features/translation/TranslationPage'),
    (m, p) => <m.TranslationPage tripId={p.tripId} />,
  ),
  people: later(
    '/trips/:tripId/people',
    () => import('../features/people/PeoplePage'),
    (m, p) => <m.PeoplePage tripId={p.tripId} />,
  ),
  glossary: later(
    '/trips/:tripId/glossary',
    () => import('../features/glossary/GlossaryPage'),
    (m, p) => <m.GlossaryPage tripId={p.tripId} />,
  ),
  sync: later(
    '/trips/:tripId/sync',
    () => import('../features/sync/SyncPage'),
    (m, p) => <m.SyncPage tripId={p.tripId} />,
  ),
  trip: later('/trips/:tripId', tripOverview, (m, p) => (
    <m.TripPage tripId={p.tripId} roster={(trip) => <m.RosterSection trip={trip} />} />
  )),
} satisfies Record<string, Route>;

declare module '../services/paths' {
  interface RegisteredRoutes {
    routes: typeof ROUTES;
  }
}

registerRoutes(ROUTES);

/**
 * Loads every screen that loads after the first, without showing it, and
 * what loads apart, being large: the places the time-zone fields search
 * (offline, a form opened later still finds 大阪), the sample trip, a trip's
 * file's code (the list of trips restores a backup), and the
 * strings: the interface language's every namespace, given to i18next, and
 * the other languages' for a switch. The app must work offline, so no screen
 * may wait for a fetch later. Begun once; the same loading after.
 */
export function preloadScreens(i18n: i18n): Promise<unknown> {
  preloading ??= Promise.all([
    ...Object.values(ROUTES).map((route: Route) => route.preload?.()),
    import('@shared/itinerary/zones'),
    import('../data/records/sampleTrip'),
    loadTripFileCode(),
    i18n.loadNamespaces(NAMESPACES),
    preloadStrings(),
  ]);
  return preloading;
}

let preloading: Promise<unknown> | null = null;

/** The loading preloadScreens began; null before the first screen began it (end-to-end tests wait for it). */
export const screensPreloading = (): Promise<unknown> | null => preloading;
