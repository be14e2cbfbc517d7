import type { Language } from '@shared/i18n/languages';
import { namesToShow, type ShownName } from '@shared/itinerary/names';
import type { HostPersonEntry, Trip } from '@shared/model';
import { personLabel } from '../../components/hostPeople/PersonName';

export interface OrganisationGroup {
  /** The organisation as the hosts write it (its name in their language first), or '' for people without one. */
  key: string;
  /** Its name for the reader: first in the interface's language. */
  label: string;
  names: ShownName[];
  people: HostPersonEntry[];
}

/**
 * The people by organisation, as a card file is kept: one group per
 * organisation, told apart by its name in the hosts' language (else the
 * delegation's, else English), in the reader's alphabetical order, the people
 * without one last; within a group, by name.
 */
export function groupByOrganisation(
  people: readonly HostPersonEntry[],
  ui: Language,
  trip: Pick<Trip, 'languages'>,
): OrganisationGroup[] {
  const groups = new Map<string, OrganisationGroup>();
  for (const person of people) {
    const { organisation } = person;
    const key = [trip.languages.host, trip.languages.home, 'en' as const]
      .map((lang) => organisation[lang]?.trim() ?? '')
      .find(Boolean);
    const group = groups.get(key ?? '') ?? {
      key: key ?? '',
      label: '',
      names: key ? namesToShow(organisation, ui, trip) : [],
      people: [],
    };
    group.label = group.names[0]?.text ?? '';
    group.people.push(person);
    groups.set(group.key, group);
  }
  const byName = (a: HostPersonEntry, b: HostPersonEntry) =>
    personLabel(a, ui, trip).localeCompare(personLabel(b, ui, trip), ui);
  return [...groups.values()]
    .map((group) => ({ ...group, people: group.people.sort(byName) }))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label, ui)));
}
