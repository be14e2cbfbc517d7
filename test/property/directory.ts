import {
  type HostPerson,
  type HostPersonEntry,
  type HostPersonInput,
  hostPersonFields,
  type RecordId,
} from '@shared/model';
import { copyOfPerson, derivedPersonId, emptyPerson, personOf } from '@shared/people/directory';
import { leafPaths, leavesOf } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import { expect } from 'vitest';
import type { FieldbookDB } from '../../renderer/data/database/db';
import { asMember } from '../../renderer/data/database/store';
import {
  addHostPerson,
  deleteHostPerson,
  hostDirectory,
  restoreHostPerson,
  updateHostPerson,
} from '../../renderer/data/records/hostPeople';
import { RecordNotFoundError } from '../../renderer/data/writes/records';
import { type DirectoryWrite, PERSON_NAMES, PERSON_VALUES, type PersonField } from './arbitraries';
import { INTERPRETER, type World } from './world';

/**
 * The trip's directory of host people in the property's world
 * (docs/sync-protocol.md, section 3.7): what each of its actions means, leaf
 * by leaf, checked as the device writes it, and what every device must hold
 * of it once they have all synced.
 */

/** How often the runs of this process met what the directory's checks are about (FIELDBOOK_PROPERTY_STATS=1 prints it). */
export const directoryStats = {
  /** Directory writes by kind and outcome ('addPerson written', 'correctPerson not there', ...). */
  writes: new Map<string, number>(),
  /** Two devices' changes of the same leaf of a person, the later written without having seen the earlier. */
  concurrentSameLeaf: 0,
  /**
   * Two devices correcting the same person with no sync between (correctAtOnce), both written: different
   * fields or the same field, of a person stored on both devices or on neither (both wrote it whole, from
   * its derived entry).
   */
  atOnce: new Map<string, number>(),
  /** Copies after convergence, by how they name their entry (by id, or derived) and what it is: live, deleted, unknown. */
  copies: new Map<string, number>(),
  /** People stored at the end, and those deleted. */
  stored: 0,
  deleted: 0,
};

export function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** A person the world knows of, by an index drawn (round the list): the device may not know them (yet). */
function personId(world: World, index: number): RecordId {
  const id = world.people[index % world.people.length];
  if (id === undefined) throw new Error('The world knows no one');
  return id;
}

/** A person as a device holds them: stored, or derived from a copy (section 3.7); undefined when it knows of no such entry. */
async function entryOn(
  db: FieldbookDB,
  tripId: RecordId,
  id: RecordId,
): Promise<{ entry: HostPersonEntry; stored: boolean } | undefined> {
  const stored = await db.hostPeople.get(id);
  if (stored) return { entry: stored, stored: true };
  const entry = (await hostDirectory(db, tripId)).entries.get(id);
  return entry && { entry, stored: false };
}

/**
 * The live person a picker offers for the `index`th the world knows of, on
 * this device; RecordNotFoundError when it offers no one (not synced here
 * yet, deleted, or derived from a copy no record holds any more).
 */
export async function pickablePerson(world: World, db: FieldbookDB, index: number): Promise<HostPersonEntry> {
  const id = personId(world, index);
  const found = await entryOn(db, world.tripId, id);
  if (!found || found.entry.deletedAt !== null) throw new RecordNotFoundError('hostPeople', id);
  return found.entry;
}

/** The copies `copies` with the person picked, or taken out when a copy names them already. */
export function toggled(copies: readonly HostPerson[], person: HostPersonEntry): HostPerson[] {
  return copies.some((copy) => copy.personId === person.id)
    ? copies.filter((copy) => copy.personId !== person.id)
    : [...copies, copyOfPerson(person)];
}

const FIELDS = Object.keys(hostPersonFields) as (keyof HostPersonInput)[];

/** What the People page's form holds of an entry. */
function inputOf(entry: HostPersonEntry): HostPersonInput {
  return Object.fromEntries(FIELDS.map((field) => [field, entry[field]])) as HostPersonInput;
}

/** The entry with one field corrected as the form does: a value, or one language of a name. */
function corrected(entry: HostPersonEntry, field: PersonField, value: string): HostPersonInput {
  const input = inputOf(entry);
  const [name, lang] = field.split('/') as [keyof HostPersonInput, 'ko' | 'ja' | 'en' | undefined];
  return lang ? { ...input, [name]: { ...(entry[name] as object), [lang]: value } } : { ...input, [name]: value };
}

const correctionValue = (field: PersonField, index: number): string => {
  const values = PERSON_VALUES[field];
  return values[index % values.length] ?? '';
};

/** Stands for the time of a deletion, which the device's clock says. */
const A_TIME = Symbol('a time');
type Expected = Map<string, unknown>;

/** Every leaf of an entry as a device writes it when it stores it first: a derived entry, an added one. */
const wholeEntry = (fields: HostPersonInput, deletedAt: unknown): Expected =>
  new Map([...leavesOf('hostPeople', { ...fields, deletedAt: null }), ['deletedAt', deletedAt]]);

/**
 * A write of the directory as the People page makes it, through the app's
 * repository (`store` its member's). When `checked` (nothing else writes on
 * the device meanwhile), what the device put in its outbox is what the write
 * means: an added person, each of their leaves; a correction of a stored
 * entry, the one leaf corrected (when it changed), so that corrections of
 * other fields made elsewhere at the same time stay; a deletion or a
 * restoration, `deletedAt` only, the records that name the person keeping
 * their copy; and a correction or deletion of an entry nobody stored yet,
 * the whole entry as derived here with its correction, under the derived id.
 */
export async function writeDirectory(world: World, index: number, write: DirectoryWrite, checked: boolean) {
  const device = world.clients[index];
  if (!device) throw new Error(`No device ${index}`);
  const store = asMember(device.store, device.memberId);
  const { db } = store;
  const { tripId } = world;
  const from = world.written.length;
  let id: RecordId;
  let expected: Expected;
  switch (write.kind) {
    case 'addPerson': {
      const input: HostPersonInput = {
        ...emptyPerson(),
        name: PERSON_NAMES[write.name % PERSON_NAMES.length] ?? {},
      };
      const added = await addHostPerson(store, tripId, input);
      world.people.push(added.id);
      id = added.id;
      expected = wholeEntry(input, null);
      break;
    }
    case 'correctPerson': {
      id = personId(world, write.person);
      const found = await entryOn(db, tripId, id);
      if (!found) throw new RecordNotFoundError('hostPeople', id);
      const value = correctionValue(write.field, write.value);
      const input = corrected(found.entry, write.field, value);
      await updateHostPerson(store, tripId, id, input);
      const was = new Map(leavesOf('hostPeople', found.entry)).get(write.field) ?? null;
      expected = !found.stored ? wholeEntry(input, null) : was === value ? new Map() : new Map([[write.field, value]]);
      break;
    }
    case 'deletePerson': {
      id = personId(world, write.person);
      const found = await entryOn(db, tripId, id);
      if (!found) throw new RecordNotFoundError('hostPeople', id);
      await deleteHostPerson(store, tripId, id);
      device.undo.push(() => restoreHostPerson(store, id));
      expected = found.stored ? new Map([['deletedAt', A_TIME]]) : wholeEntry(inputOf(found.entry), A_TIME);
      break;
    }
    case 'restorePerson': {
      // The screens offer the people deleted here (undo, the directory's deleted ones), when there are any.
      const deleted = await db.hostPeople.filter((entry) => entry.deletedAt !== null).primaryKeys();
      const offered = world.people.filter((known) => deleted.includes(known));
      id = offered[write.person % offered.length] ?? personId(world, write.person);
      const stored = await db.hostPeople.get(id);
      await restoreHostPerson(store, id);
      expected = stored?.deletedAt ? new Map([['deletedAt', null]]) : new Map();
      break;
    }
  }
  if (!checked) return;
  const wrote = world.written
    .slice(from)
    .filter(({ client, change }) => client === index && change.table === 'hostPeople')
    .map(({ change }) => change);
  const what = `device ${index}'s ${write.kind} of ${id}`;
  expect(
    wrote.filter((change) => change.recordId !== id),
    `${what} changes no other person`,
  ).toEqual([]);
  const got = new Map(wrote.map((change) => [change.path, change.value]));
  expect(got.size, `${what} writes each leaf once`).toBe(wrote.length);
  const time = got.get('deletedAt');
  if (expected.get('deletedAt') === A_TIME && typeof time === 'string') expected.set('deletedAt', time);
  expect(Object.fromEntries(got), `${what} writes what it means`).toEqual(Object.fromEntries(expected));
}

/** Every copy of a host person the live records of a device hold, with where it is. */
async function copiesOn(db: FieldbookDB, tripId: RecordId): Promise<{ copy: HostPerson; where: string }[]> {
  const [items, minutes, notes] = await Promise.all([
    db.itineraryItems.where('tripId').equals(tripId).toArray(),
    db.minutes.where('tripId').equals(tripId).toArray(),
    db.qaNotes.where('tripId').equals(tripId).toArray(),
  ]);
  const live = <T extends { deletedAt: string | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);
  return [
    ...live(items).flatMap((item) => (item.host?.contacts ?? []).map((copy) => ({ copy, where: `item ${item.id}` }))),
    ...live(minutes).flatMap((held) => held.hostAttendees.map((copy) => ({ copy, where: `minutes ${held.id}` }))),
    ...live(notes).flatMap((note) => (note.answeredBy ? [{ copy: note.answeredBy, where: `note ${note.id}` }] : [])),
  ];
}

const sortedById = (entries: Iterable<HostPersonEntry>) => [...entries].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Once every device synced until nothing moved:
 *
 * - every device holds the same directory, the entries it derives from the
 *   records' copies included, and shows each copy as the same person;
 * - each leaf of each stored person holds the value of the latest change of
 *   it that any device wrote, and no person holds a leaf no device wrote; the
 *   interpreter's changes count for nothing. With what writeDirectory checks
 *   each write means: of a person stored, a correction made at the same time
 *   as another of the same field loses to the later, one of another field
 *   stays; of a person two devices store first at once (derived, section
 *   3.7), each wrote every leaf, so the later's values win even of the fields
 *   it did not correct, and the earlier's correction of another field is lost
 *   (kept in the history, marked lost on every device);
 * - a copy names an entry every device knows: by `personId`, one stored
 *   (added, corrected or deleted by someone, deleted ones included), or
 *   derived from a copy a live record holds; without, the one derived from
 *   it. The only exception is a copy naming by `personId` an entry derived
 *   from typed copies that no record holds any more and nobody stored, which
 *   no device knows: section 3.7's "a copy whose entry is [...] not known
 *   shows as the copy says";
 * - a copy names an entry that is not deleted exactly when the screens show
 *   the entry rather than the copy (`personOf`).
 */
export async function checkDirectory(world: World): Promise<void> {
  const { tripId } = world;
  const views = await Promise.all(
    world.clients.map(async (client) => {
      const { db } = client.store;
      const [{ entries }, copies, stored] = await Promise.all([
        hostDirectory(db, tripId),
        copiesOn(db, tripId),
        db.hostPeople.where('tripId').equals(tripId).toArray(),
      ]);
      return { entries, copies, stored };
    }),
  );
  const [first, ...others] = views;
  if (!first) throw new Error('No device');
  for (const [index, view] of others.entries()) {
    expect(sortedById(view.entries.values()), `device ${index + 1}'s directory is device 0's`).toEqual(
      sortedById(first.entries.values()),
    );
  }

  // What the world's devices wrote of the directory, the latest of each leaf by stamp.
  const latest = new Map<string, Change>();
  const byLeaf = new Map<string, { client: number; change: Change }[]>();
  for (const written of world.written) {
    const { client, change } = written;
    if (change.table !== 'hostPeople' || client === INTERPRETER) continue;
    const key = `${change.recordId}/${change.path}`;
    const was = latest.get(key);
    if (!was || change.hlc > was.hlc) latest.set(key, change);
    byLeaf.set(key, [...(byLeaf.get(key) ?? []), written]);
  }
  for (const record of first.stored) {
    const leaves = new Map(leavesOf('hostPeople', record));
    const held = Object.fromEntries(leafPaths('hostPeople').map((path) => [path, leaves.get(path) ?? null]));
    const wrote = Object.fromEntries(
      leafPaths('hostPeople').map((path) => [path, latest.get(`${record.id}/${path}`)?.value ?? null]),
    );
    expect(held, `person ${record.id} holds the latest change of each leaf`).toEqual(wrote);
  }
  const written = new Set([...latest.values()].map((change) => change.recordId));
  expect(sortedIds(first.stored), 'the people stored are those the devices wrote').toEqual([...written].sort());
  directoryStats.stored += first.stored.length;
  directoryStats.deleted += first.stored.filter((entry) => entry.deletedAt !== null).length;
  for (const writes of byLeaf.values()) {
    const ordered = [...writes].sort((a, b) => a.change.hlc.localeCompare(b.change.hlc));
    for (const [index, later] of ordered.entries()) {
      const earlier = ordered[index - 1];
      if (earlier && earlier.client !== later.client && (later.change.base ?? '') < earlier.change.hlc)
        directoryStats.concurrentSameLeaf += 1;
    }
  }

  for (const [index, view] of views.entries()) {
    const storedIds = new Set(view.stored.map((entry) => entry.id));
    for (const { copy, where } of view.copies) {
      const named = copy.personId ?? derivedPersonId(tripId, copy);
      const entry = view.entries.get(named);
      const shown = personOf(tripId, copy, view.entries);
      const how = copy.personId === undefined ? 'derived' : 'by id';
      if (!entry) {
        // Only a copy naming its entry by id can name one no device knows: one derived, whose copies are gone.
        expect(
          how === 'by id' && world.derived.has(named) && !storedIds.has(named),
          `device ${index}: the person ${named} a copy in ${where} names is known (or was only ever derived)`,
        ).toBe(true);
        expect(shown, `device ${index}: a copy naming no entry shows as it says`).toBeNull();
        if (index === 0) count(directoryStats.copies, `${how}, unknown`);
        continue;
      }
      expect(shown, `device ${index}: a copy in ${where} shows its entry unless deleted`).toBe(
        entry.deletedAt === null ? entry : null,
      );
      if (index === 0) count(directoryStats.copies, `${how}, ${entry.deletedAt === null ? 'live' : 'deleted'}`);
    }
  }
}

const sortedIds = (entries: readonly HostPersonEntry[]) => entries.map((entry) => entry.id).sort();
