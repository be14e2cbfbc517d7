import { lazy } from 'react';

/**
 * Screens that pull in heavier libraries (forms, time zones, drag and drop,
 * calendar export) load after the first screen has appeared, and all of
 * them load in the background right after it: the app must work offline, so
 * no screen may wait for a fetch later.
 */
const loaders = {
  tripForm: () => import('../features/trips/TripFormPage'),
  memberForm: () => import('../features/members/MemberFormPage'),
  itinerary: () => import('../features/itinerary/ItineraryPage'),
  itemForm: () => import('../features/itinerary/ItemFormPage'),
  print: () => import('../features/itinerary/PrintItineraryPage'),
  page: () => import('../features/notes/NotesPage'),
  today: () => import('../features/notes/TodayPage'),
  coverage: () => import('../features/coverage/CoveragePage'),
  checklist: () => import('../features/checklist/ChecklistEditorPage'),
};

export const NewTripPage = lazy(() => loaders.tripForm().then((m) => ({ default: m.NewTripPage })));
export const EditTripPage = lazy(() => loaders.tripForm().then((m) => ({ default: m.EditTripPage })));
export const NewMemberPage = lazy(() => loaders.memberForm().then((m) => ({ default: m.NewMemberPage })));
export const EditMemberPage = lazy(() => loaders.memberForm().then((m) => ({ default: m.EditMemberPage })));
export const ItineraryPage = lazy(() => loaders.itinerary().then((m) => ({ default: m.ItineraryPage })));
export const NewItemPage = lazy(() => loaders.itemForm().then((m) => ({ default: m.NewItemPage })));
export const EditItemPage = lazy(() => loaders.itemForm().then((m) => ({ default: m.EditItemPage })));
export const PrintItineraryPage = lazy(() => loaders.print().then((m) => ({ default: m.PrintItineraryPage })));
export const NotesPage = lazy(() => loaders.page().then((m) => ({ default: m.NotesPage })));
export const TodayPage = lazy(() => loaders.today().then((m) => ({ default: m.TodayPage })));
export const CoveragePage = lazy(() => loaders.coverage().then((m) => ({ default: m.CoveragePage })));
export const ChecklistEditorPage = lazy(() => loaders.checklist().then((m) => ({ default: m.ChecklistEditorPage })));

/** Loads every lazy screen now, without showing it. */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
