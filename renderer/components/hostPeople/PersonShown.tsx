import { namesToShow } from '@shared/itinerary/names';
import type { HostPerson, Trip } from '@shared/model';
import { personOf } from '@shared/people/directory';
import type { HostDirectory } from '../../data/hooks/useHostPeople';
import { useLanguage } from '../../services/useLanguage';
import { PersonName } from './PersonName';
import './hostPeople.css';

/**
 * A record's copy of a host person as the directory now says (a correction
 * made once shows here), else as the copy itself: the name, its title and a
 * way to reach them.
 */
export function PersonShown({
  copy,
  trip,
  directory,
}: {
  copy: HostPerson;
  trip: Pick<Trip, 'id' | 'languages'>;
  directory: HostDirectory | undefined;
}) {
  const ui = useLanguage();
  const entry = directory ? personOf(trip.id, copy, directory.entries) : null;
  const person = entry ?? copy;
  const reach = entry ? entry.phone || entry.email || entry.contact : copy.contact;
  return (
    <div className="contact-row__person">
      <PersonName person={person} trip={trip} />
      <span className="contact-row__detail">
        {[
          ...namesToShow(person.title, ui, trip)
            .slice(0, 1)
            .map(({ text }) => text),
          reach,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </div>
  );
}
