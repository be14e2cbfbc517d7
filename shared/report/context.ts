import type { Language } from '../i18n/languages';
import { isNamedByHost, itemNameOf } from '../itinerary/names';
import type { HostPerson, HostPersonEntry, ItineraryItem, Member, RecordId } from '../model';
import { personOf } from '../people/directory';
import { memberCell, nameCell, wordsCell } from './cells';
import type { DateOptions } from './dates';
import type { Cell } from './document';
import type { TripIndex } from './records';
import { hostPersonCell } from './sections/people';
import { type ReportWords, reportWords } from './words';

/** What every section is compiled with: the trip's records, the document's languages, and the cells they share. */
export interface ReportContext extends TripIndex {
  langs: readonly Language[];
  dates: DateOptions;
  /** One of the report's own words, in every language of the document. */
  words(pick: (words: ReportWords) => string): Cell;
  /** What an item is called, by the one naming rule the screens use too. */
  itemName(item: ItineraryItem): Cell;
  memberName(member: Member): Cell;
  /** A member named by id, or null when no member is (a follow-up nobody owns). */
  memberNameById(id: RecordId | null): Cell | null;
  /** A host person a record names, as the trip's directory now has them (a correction shows), with their title. */
  hostPerson(person: HostPerson): Cell;
}

export function reportContext(
  index: TripIndex,
  langs: readonly Language[],
  dates: DateOptions,
  directory: ReadonlyMap<RecordId, HostPersonEntry>,
): ReportContext {
  const memberName = (member: Member) => memberCell(member, index.trip, langs);
  return {
    ...index,
    langs,
    dates,
    words: (pick) => wordsCell((lang) => pick(reportWords(lang)), langs),
    itemName: (item) => {
      const field = isNamedByHost(item) ? 'host.name' : 'title';
      return nameCell(itemNameOf(item), { table: 'itineraryItems', id: item.id, field }, langs);
    },
    memberName,
    memberNameById: (id) => {
      const member = id ? index.memberById.get(id) : undefined;
      return member ? memberName(member) : null;
    },
    // A person whose entry was deleted is named as the record still says.
    hostPerson: (person) => hostPersonCell(personOf(index.trip.id, person, directory) ?? person, langs),
  };
}
