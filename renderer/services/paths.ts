import type { RecordId } from '@shared/model';

/** Every screen's address (hash routes: they work from the desktop app's own protocol and any web server). */
export const paths = {
  trips: () => '/',
  newTrip: () => '/trips/new',
  trip: (tripId: RecordId) => `/trips/${tripId}`,
  editTrip: (tripId: RecordId) => `/trips/${tripId}/edit`,
  newMember: (tripId: RecordId) => `/trips/${tripId}/members/new`,
  editMember: (tripId: RecordId, memberId: RecordId) => `/trips/${tripId}/members/${memberId}/edit`,
  itinerary: (tripId: RecordId) => `/trips/${tripId}/itinerary`,
  newItineraryItem: (tripId: RecordId, date: string) => `/trips/${tripId}/itinerary/new/${date}`,
  itineraryItem: (tripId: RecordId, itemId: RecordId) => `/trips/${tripId}/itinerary/items/${itemId}`,
  printItinerary: (tripId: RecordId) => `/trips/${tripId}/itinerary/print`,
  notes: (tripId: RecordId, visitId: RecordId, section: NotesSection = 'checklist') =>
    `/trips/${tripId}/visits/${visitId}/${section}`,
  notesQuestion: (tripId: RecordId, visitId: RecordId, questionId: RecordId) =>
    `/trips/${tripId}/visits/${visitId}/checklist/${questionId}`,
  today: (tripId: RecordId) => `/trips/${tripId}/today`,
  coverage: (tripId: RecordId) => `/trips/${tripId}/coverage`,
  checklist: (tripId: RecordId) => `/trips/${tripId}/checklist`,
};

/** The parts of a visit's notes, each at its own address. */
export const NOTES_SECTIONS = ['checklist', 'minutes', 'qa', 'files'] as const;
export type NotesSection = (typeof NOTES_SECTIONS)[number];
