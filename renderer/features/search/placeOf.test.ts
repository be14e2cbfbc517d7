import type { SearchHit } from '@shared/search/index';
import { describe, expect, it } from 'vitest';
import { placeOf } from './placeOf';

const TRIP = '01900000-0000-7000-8000-000000000001';
const ITEM = '01900000-0000-7000-8000-000000000002';

const personHit = (visitId: string | null): SearchHit => ({
  doc: { id: 'x', recordId: 'y', kind: 'person', text: 'おがわ ひろし', visitId, updatedAt: 0 },
  ranges: [[0, 3]],
  score: 1,
});

describe('where a host person found by a search is opened', () => {
  it('among the trip’s people when the person is the directory’s, at the item where a visit names them otherwise', () => {
    expect(placeOf(TRIP, personHit(null))).toEqual({ href: `/trips/${TRIP}/people`, find: 'おがわ' });
    expect(placeOf(TRIP, personHit(ITEM)).href).toBe(`/trips/${TRIP}/itinerary/items/${ITEM}`);
  });
});
