import { describe, expect, it } from 'vitest';
import { link } from '../services/paths';
import { ROUTES } from './routes';

const trip = '0192a000-0000-7000-8000-000000000001';
const visit = '0192a000-0000-7000-8000-000000000002';

describe('the route table', () => {
  it('gives every screen one path', () => {
    const paths = Object.values(ROUTES).map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('tries a fixed address before a pattern that would take it', () => {
    const names = Object.keys(ROUTES);
    expect(names.indexOf('newTrip')).toBeLessThan(names.indexOf('trip'));
    expect(names.indexOf('notesQuestion')).toBeLessThan(names.indexOf('notes'));
    expect(names.at(-1)).toBe('trip');
  });

  it('makes links from it, each route filled with its parameters', () => {
    expect(link('trips')).toBe('/');
    expect(link('trip', { tripId: trip })).toBe(`/trips/${trip}`);
    expect(link('newItineraryItem', { tripId: trip, date: '1996-10-22' })).toBe(
      `/trips/${trip}/itinerary/new/1996-10-22`,
    );
    expect(link('notes', { tripId: trip, visitId: visit })).toBe(`/trips/${trip}/visits/${visit}`);
    expect(link('notes', { tripId: trip, visitId: visit, section: 'qa' })).toBe(`/trips/${trip}/visits/${visit}/qa`);
    expect(link('notesQuestion', { tripId: trip, visitId: visit, questionId: trip })).toBe(
      `/trips/${trip}/visits/${visit}/checklist/${trip}`,
    );
  });
});
