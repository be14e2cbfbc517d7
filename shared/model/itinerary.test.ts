import { describe, expect, it } from 'vitest';
import { ITINERARY_KINDS, takesNotes } from './itinerary';

describe('which items notes are taken at', () => {
  it('are those with hosts: visits, lectures and meetings; not travel, lodging or free time', () => {
    expect(ITINERARY_KINDS.filter((kind) => takesNotes({ kind }))).toEqual(['visit', 'lecture', 'meeting']);
  });
});
