import { generateKeyBetween } from 'fractional-indexing';

/**
 * A position between two neighbours (either may be missing: the start or end
 * of a day, of a visit's Q&A notes). Apart from the day's order, which needs
 * time zones, so that what only places things pulls in no calendar code.
 */
export function positionBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}
