import { z } from 'zod';
import { host } from './host';
import { recordId } from './ids';
import { MAX_PEOPLE, MAX_POSITION } from './limits';
import { tripScoped } from './meta';
import { localizedName, localizedPlace, mergedText } from './text';
import { plainDate, plainTime, timeZone } from './time';

export const ITINERARY_KINDS = ['visit', 'lecture', 'meeting', 'travel', 'lodging', 'free'] as const;
export const itineraryKind = z.enum(ITINERARY_KINDS);
export type ItineraryKind = z.infer<typeof itineraryKind>;

/**
 * A place in a list (a fractional index: a string that sorts between its
 * neighbours, so that moving one entry rewrites only that entry, and two
 * devices reordering the same list cannot corrupt each other).
 */
export const listPosition = z.string().min(1).max(MAX_POSITION);

/**
 * One entry of the itinerary: a visit to a host, a lecture, travel... Notes
 * taken during it (answers, minutes, Q&A) refer to it as their `visitId`.
 *
 * Times are wall-clock times in the zone where they happen, because that is
 * what the host's invitation says and what members read on the day; instants
 * are derived (shared/itinerary) when comparing or exporting to calendars.
 */
export const itineraryItem = tripScoped.extend({
  kind: itineraryKind,
  title: localizedName,
  /** The local day the item starts on, in `timeZone`. */
  date: plainDate,
  startTime: plainTime.nullable(),
  /** Set when the item ends on another day than it starts (overnight travel). */
  endDate: plainDate.nullable(),
  endTime: plainTime.nullable(),
  timeZone: timeZone,
  /** Where a travel leg ends, when that is another zone (a flight Seoul to Honolulu). */
  endTimeZone: timeZone.nullable(),
  /** Where it is held, as each language writes it. */
  location: localizedPlace,
  host: host.nullable(),
  /** Members who attend; null means the whole delegation. */
  attendeeIds: z.array(recordId).max(MAX_PEOPLE).nullable(),
  /** How many people the hosts expect, both sides together ("about 30"). */
  expectedAttendees: z.number().int().min(0).nullable(),
  /** Several members' words merged, so longer than the item's form lets one of them write. */
  preparationNotes: mergedText,
  /** The item's place within its day. */
  position: listPosition,
});
export type ItineraryItem = z.infer<typeof itineraryItem>;

/** Kinds of item that go to someone: their form asks for the host organisation and people. */
export const HOSTED_KINDS: readonly ItineraryKind[] = ['visit', 'lecture', 'meeting'];

/**
 * Whether notes are taken at an item (checklist answers, minutes, Q&A):
 * at every item with hosts, a lecture or a meeting as much as a visit. The
 * links to the notes screen, the coverage matrix, Today and the trip's list
 * of visits all go by this. Notes name their item `visitId`, whatever its kind.
 */
export function takesNotes(item: Pick<ItineraryItem, 'kind'>): boolean {
  return HOSTED_KINDS.includes(item.kind);
}
