import { type HostPerson, newId } from '@shared/model';
import { derivedPersonId } from '@shared/people/directory';
import { FUKUOKA_GOVERNOR, SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { sampleTripRecords } from '@shared/sample/stepi1996Records';
import { describe, expect, it } from 'vitest';
import { FieldbookDB } from '../database/db';
import { openStore } from '../database/store';
import { listHostPeople } from '../records/hostPeople';
import { LATEST_VERSION } from './steps';

const meta = (id: string) => ({
  id,
  createdAt: '1996-10-01T00:00:00.000Z',
  updatedAt: '1996-10-01T00:00:00.000Z',
  hlc: '0000000000a-00000-old-device',
  updatedBy: { deviceId: 'old-device', memberId: null },
  deletedAt: null,
});

const SECTION_CHIEF: HostPerson = {
  name: { ja: '国際課長' },
  title: { ja: '課長', ko: '과장' },
  contact: '092-651-1111',
};

/**
 * The sample trip as version 11 stored it: the governor among the Fukuoka
 * visit's contacts, in its minutes' hosts present and answering a Q&A note;
 * a second copy of him with blanks around his title in another visit's
 * contacts, and a section chief in the minutes.
 */
function oldRecords() {
  const records = sampleTripRecords(meta);
  const [fukuoka, other] = records.items.filter((item) => item.host);
  if (!fukuoka || !other?.host) throw new Error('The sample trip has no two visits');
  const spaced = {
    ...FUKUOKA_GOVERNOR,
    title: { ...FUKUOKA_GOVERNOR.title, ja: ` ${FUKUOKA_GOVERNOR.title.ja ?? ''} ` },
  };
  other.host = { ...other.host, contacts: [spaced] };
  const [minutes] = records.minutes;
  if (!minutes) throw new Error('The sample trip has no minutes');
  minutes.hostAttendees = [...minutes.hostAttendees, SECTION_CHIEF];
  return records;
}

async function deviceAtVersion11(records: ReturnType<typeof oldRecords>) {
  const name = `step12-${newId()}`;
  const old = new FieldbookDB(name, { upTo: 11 });
  await old.open();
  await old.table('trips').put(records.trip);
  await old.table('members').bulkPut(records.members);
  await old.table('itineraryItems').bulkPut(records.items);
  await old.table('minutes').bulkPut(records.minutes);
  await old.table('qaNotes').bulkPut(records.qaNotes);
  old.close();
  return name;
}

describe('schema step 12: the directory of host people', () => {
  it('gives one entry per person the notes name, with the ids another device derives, and leaves the records as they were', async () => {
    const records = oldRecords();
    const name = await deviceAtVersion11(records);
    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    const people = await listHostPeople(store.db, SAMPLE_TRIP_ID);
    expect(people.map((person) => person.id).sort()).toEqual(
      [derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR), derivedPersonId(SAMPLE_TRIP_ID, SECTION_CHIEF)].sort(),
    );
    expect(people.find((person) => person.contact === '092-651-1111')?.title).toEqual(SECTION_CHIEF.title);

    const second = await openStore(await deviceAtVersion11(oldRecords()));
    expect(await listHostPeople(second.db, SAMPLE_TRIP_ID)).toEqual(people);

    expect(await store.db.itineraryItems.toArray()).toEqual(expect.arrayContaining(records.items));
    expect(await store.db.minutes.toArray()).toEqual(records.minutes);
    expect(await store.db.qaNotes.toArray()).toEqual(expect.arrayContaining(records.qaNotes));
    // Nothing written, so nothing signed changes and nothing waits to be sent.
    expect(await store.db.hostPeople.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('pulls every trip’s log from the beginning once, so the directory’s changes a protocol-10 app skipped arrive', async () => {
    const name = await deviceAtVersion11(oldRecords());
    const old = new FieldbookDB(name, { upTo: 11 });
    await old.open();
    const other = newId();
    await old.table('settings').bulkPut([
      { key: `sync:${SAMPLE_TRIP_ID}:pulled`, value: 42 },
      { key: `sync:${SAMPLE_TRIP_ID}:pulledId`, value: newId() },
      { key: `sync:${other}:pulled`, value: 7 },
      { key: 'clock', value: '0000000000a-00000-old-device' },
    ]);
    old.close();
    const store = await openStore(name);
    const settings = Object.fromEntries((await store.db.settings.toArray()).map(({ key, value }) => [key, value]));
    expect(settings[`sync:${SAMPLE_TRIP_ID}:pulled`]).toBeNull();
    expect(settings[`sync:${SAMPLE_TRIP_ID}:pulledId`]).toBeNull();
    expect(settings[`sync:${other}:pulled`]).toBeNull();
    expect(settings.clock).toBe('0000000000a-00000-old-device');
  });
});
