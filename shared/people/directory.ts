import {
  type HostPerson,
  type HostPersonEntry,
  type ItineraryItem,
  idMillis,
  type LocalizedName,
  type Minutes,
  type QaNote,
  type RecordId,
  stableId,
  type TripScoped,
} from '../model';

/**
 * The trip's directory of host people (issue 24), as a rule every device,
 * the server and the exports apply alike. A record names a person by a copy
 * (`HostPerson`: name, title, contact) and, since protocol 11, the entry's
 * id (`personId`). A copy without an id stands for the entry derived from
 * it: `derivedPersonId`, a pure function of the trip and the copy's
 * normalised fields, so exact duplicates (the governor among an item's
 * contacts, the minutes' hosts present and a Q&A note's answerer) are one
 * entry on every device and the server, without coordination and without
 * rewriting the records that hold them.
 */

const LANGS = ['ko', 'ja', 'en'] as const;

/** A name as the directory compares it: each language trimmed, an empty one absent. */
function normalisedName(name: LocalizedName): LocalizedName {
  const out: LocalizedName = {};
  for (const lang of LANGS) {
    const value = name[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

/** The fields of a copy the directory tells people apart by, in a fixed order. */
function key(person: HostPerson): string {
  const name = normalisedName(person.name);
  const title = normalisedName(person.title);
  return JSON.stringify([
    LANGS.map((lang) => name[lang] ?? ''),
    LANGS.map((lang) => title[lang] ?? ''),
    person.contact.trim(),
  ]);
}

/**
 * The id of the entry a copy without `personId` stands for: a UUID v7 (as
 * every record id) whose time is the trip's and whose random part is the
 * name-based UUID (v5, SHA-1) of the trip and the copy's normalised fields
 * (`stableId`), synchronous and the same in Node and a browser.
 */
export function derivedPersonId(tripId: RecordId, person: HostPerson): RecordId {
  return stableId(`hostPerson:${tripId}:${key(person)}`, idMillis(tripId));
}

/** The entry a copy stands for: its own `personId`, else the one derived from it. */
export function personIdOf(tripId: RecordId, person: HostPerson): RecordId {
  return person.personId ?? derivedPersonId(tripId, person);
}

/** The records of a trip that name host people. */
export interface PeopleHolders {
  itineraryItems: readonly ItineraryItem[];
  minutes: readonly Minutes[];
  qaNotes: readonly QaNote[];
}

/** Every copy of a host person the trip's live records hold, with the record it is in. */
function copiesIn(holders: PeopleHolders): { person: HostPerson; holder: ItineraryItem | Minutes | QaNote }[] {
  const live = <T extends { deletedAt: string | null }>(records: readonly T[]) => records.filter((r) => !r.deletedAt);
  return [
    ...live(holders.itineraryItems).flatMap((holder) =>
      (holder.host?.contacts ?? []).map((person) => ({ person, holder })),
    ),
    ...live(holders.minutes).flatMap((holder) => holder.hostAttendees.map((person) => ({ person, holder }))),
    ...live(holders.qaNotes).flatMap((holder) => (holder.answeredBy ? [{ person: holder.answeredBy, holder }] : [])),
  ];
}

/**
 * The entries the trip's copies without `personId` stand for, one per
 * distinct person (exact duplicates merged), each as its copy says it, of
 * the organisation hosting where it first appears, and with the envelope of
 * the earliest record that holds it (by id, then by
 * where the copy is): the same entries, ids and values on every device that
 * holds the same records. An entry that is stored (written through the
 * funnel once someone corrected it, or deleted) is what it says instead.
 */
export function derivedPeople(tripId: RecordId, holders: PeopleHolders): HostPersonEntry[] {
  const entries = new Map<RecordId, HostPersonEntry>();
  const copies = copiesIn(holders)
    .filter(({ person }) => person.personId === undefined)
    .sort((a, b) => (a.holder.id < b.holder.id ? -1 : a.holder.id > b.holder.id ? 1 : 0));
  // Where a copy appears says whom they work for: the host of the item, or of the minutes' or note's visit.
  const hosts = new Map(holders.itineraryItems.map((item) => [item.id, item.host?.name ?? {}]));
  const organisationAt = (holder: ItineraryItem | Minutes | QaNote) =>
    normalisedName(hosts.get('visitId' in holder ? holder.visitId : holder.id) ?? {});
  for (const { person, holder } of copies) {
    const id = derivedPersonId(tripId, person);
    if (entries.has(id)) continue;
    entries.set(id, {
      id,
      tripId,
      createdAt: holder.createdAt,
      updatedAt: holder.createdAt,
      hlc: holder.hlc,
      updatedBy: holder.updatedBy,
      deletedAt: null,
      ...emptyPerson(),
      name: normalisedName(person.name),
      title: normalisedName(person.title),
      organisation: organisationAt(holder),
      contact: person.contact.trim(),
    });
  }
  return [...entries.values()];
}

/** The fields of a person of whom nothing is known yet. */
export function emptyPerson(): Omit<HostPersonEntry, keyof TripScoped> {
  return {
    name: {},
    reading: '',
    romanised: '',
    title: {},
    department: {},
    organisation: {},
    phone: '',
    email: '',
    address: {},
    contact: '',
    cardAttachmentId: null,
  };
}

/**
 * The trip's directory: its stored entries (deleted ones included, so that a
 * deletion is not undone by deriving the entry again) and the entries its
 * copies stand for that are not stored, by id.
 */
export function tripDirectory(
  tripId: RecordId,
  stored: readonly HostPersonEntry[],
  holders: PeopleHolders,
): Map<RecordId, HostPersonEntry> {
  const directory = new Map<RecordId, HostPersonEntry>(stored.map((entry) => [entry.id, entry]));
  for (const entry of derivedPeople(tripId, holders)) if (!directory.has(entry.id)) directory.set(entry.id, entry);
  return directory;
}

/**
 * Who a copy names, as the directory now says (a correction made once shows
 * wherever they appear): the entry, or null when there is none or it was
 * deleted; the copy itself is then what the record still says.
 */
export function personOf(
  tripId: RecordId,
  person: HostPerson,
  directory: ReadonlyMap<RecordId, HostPersonEntry>,
): HostPersonEntry | null {
  const entry = directory.get(personIdOf(tripId, person));
  return entry && !entry.deletedAt ? entry : null;
}

/** The most a copy's `contact` holds (shared/model/host.ts). */
const COPY_CONTACT_MAX = 200;

/**
 * A record's copy of an entry, naming it by `personId`: its name and title
 * and a way to reach them, so that an app of protocol 10, which reads no
 * directory, still shows who it is. Screens show the entry itself (`personOf`).
 */
export function copyOfPerson(entry: HostPersonEntry): HostPerson {
  const reach = entry.contact || [entry.phone, entry.email].filter(Boolean).join(' ');
  return {
    name: normalisedName(entry.name),
    title: normalisedName(entry.title),
    contact: reach.slice(0, COPY_CONTACT_MAX).trim(),
    personId: entry.id,
  };
}
