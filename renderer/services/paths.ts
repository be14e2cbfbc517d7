import type { RecordId } from '@shared/model';

/**
 * Every screen's address, as the router matches it (hash routes: they work
 * from the desktop app's own protocol and any web server). The app's route
 * table (app/routes.tsx) gives each its screen; features build links with
 * `paths`, below.
 */
export const ROUTES = {
  trips: '/',
  newTrip: '/trips/new',
  trip: '/trips/:tripId',
  editTrip: '/trips/:tripId/edit',
  newMember: '/trips/:tripId/members/new',
  editMember: '/trips/:tripId/members/:memberId/edit',
  itinerary: '/trips/:tripId/itinerary',
  newItineraryItem: '/trips/:tripId/itinerary/new/:date',
  itineraryItem: '/trips/:tripId/itinerary/items/:itemId',
  printItinerary: '/trips/:tripId/itinerary/print',
  notesQuestion: '/trips/:tripId/visits/:visitId/checklist/:questionId',
  notes: '/trips/:tripId/visits/:visitId/:section?',
  today: '/trips/:tripId/today',
  coverage: '/trips/:tripId/coverage',
  checklist: '/trips/:tripId/checklist',
  report: '/trips/:tripId/report',
  translation: '/trips/:tripId/translation',
  glossary: '/trips/:tripId/glossary',
  sync: '/trips/:tripId/sync',
  join: '/join',
} as const;

/** A route's address with its parameters filled in; an optional one left out goes with its slash. */
function fill(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\/:(\w+)(\?)?/g, (_, name: string) => (params[name] ? `/${params[name]}` : ''));
}

/** The address of each screen, to link to. */
export const paths = {
  trips: () => fill(ROUTES.trips),
  newTrip: () => fill(ROUTES.newTrip),
  trip: (tripId: RecordId) => fill(ROUTES.trip, { tripId }),
  editTrip: (tripId: RecordId) => fill(ROUTES.editTrip, { tripId }),
  newMember: (tripId: RecordId) => fill(ROUTES.newMember, { tripId }),
  editMember: (tripId: RecordId, memberId: RecordId) => fill(ROUTES.editMember, { tripId, memberId }),
  itinerary: (tripId: RecordId) => fill(ROUTES.itinerary, { tripId }),
  newItineraryItem: (tripId: RecordId, date: string) => fill(ROUTES.newItineraryItem, { tripId, date }),
  itineraryItem: (tripId: RecordId, itemId: RecordId) => fill(ROUTES.itineraryItem, { tripId, itemId }),
  printItinerary: (tripId: RecordId) => fill(ROUTES.printItinerary, { tripId }),
  notes: (tripId: RecordId, visitId: RecordId, section: NotesSection = 'checklist') =>
    fill(ROUTES.notes, { tripId, visitId, section }),
  notesQuestion: (tripId: RecordId, visitId: RecordId, questionId: RecordId) =>
    fill(ROUTES.notesQuestion, { tripId, visitId, questionId }),
  today: (tripId: RecordId) => fill(ROUTES.today, { tripId }),
  coverage: (tripId: RecordId) => fill(ROUTES.coverage, { tripId }),
  checklist: (tripId: RecordId) => fill(ROUTES.checklist, { tripId }),
  report: (tripId: RecordId) => fill(ROUTES.report, { tripId }),
  translation: (tripId: RecordId) => fill(ROUTES.translation, { tripId }),
  glossary: (tripId: RecordId) => fill(ROUTES.glossary, { tripId }),
  sync: (tripId: RecordId) => fill(ROUTES.sync, { tripId }),
  join: () => fill(ROUTES.join),
};

/** The parts of a visit's notes, each at its own address. */
export const NOTES_SECTIONS = ['checklist', 'minutes', 'qa', 'files'] as const;
export type NotesSection = (typeof NOTES_SECTIONS)[number];
