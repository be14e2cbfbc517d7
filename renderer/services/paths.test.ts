import { describe, expect, it } from 'vitest';
import { paths } from './paths';

const trip = '0192a000-0000-7000-8000-000000000001';
const visit = '0192a000-0000-7000-8000-000000000002';

describe('paths', () => {
  it('fill each route with its parameters', () => {
    expect(paths.trips()).toBe('/');
    expect(paths.trip(trip)).toBe(`/trips/${trip}`);
    expect(paths.newItineraryItem(trip, '1996-10-22')).toBe(`/trips/${trip}/itinerary/new/1996-10-22`);
    expect(paths.notes(trip, visit)).toBe(`/trips/${trip}/visits/${visit}/checklist`);
    expect(paths.notes(trip, visit, 'qa')).toBe(`/trips/${trip}/visits/${visit}/qa`);
    expect(paths.notesQuestion(trip, visit, trip)).toBe(`/trips/${trip}/visits/${visit}/checklist/${trip}`);
  });
});
