import { type HostPersonInput, recordSchemas } from '@shared/model';
import { derivedPersonId, emptyPerson } from '@shared/people/directory';
import { FUKUOKA_GOVERNOR, SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { ForbiddenWriteError } from '@shared/sync/permissions';
import { describe, expect, it } from 'vitest';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { asMember } from '../database/store';
import { saveConnection } from '../device/syncConnections';
import { syncTrip } from '../sync/syncTrip';
import { addHostPerson, deleteHostPerson, listHostPeople, personOf, updateHostPerson } from './hostPeople';

const GOVERNOR_ID = derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR);

function personInput(name: string, fields: Partial<HostPersonInput> = {}): HostPersonInput {
  return { ...emptyPerson(), name: { ja: name }, ...fields };
}

/** The sample trip on a device joined as one of its members (by role). */
async function joinedAs(role: 'member' | 'interpreter') {
  const visit = await sampleVisit('福岡県庁');
  const member = visit.members.find((one) => one.role === role);
  if (!member) throw new Error(`The sample trip has no ${role}`);
  await saveConnection(visit.base, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://192.168.0.10:8787',
    token: 'token',
    memberId: member.id,
    organiser: false,
    fingerprint: null,
  });
  await visit.base.db.outbox.clear();
  return { ...visit, store: asMember(visit.base, member.id) };
}

describe('the host people repository', () => {
  it('lists the people the sample trip names, once each, and a correction shows wherever they appear', async () => {
    const { base } = await sampleVisit('福岡県庁');
    const people = await listHostPeople(base.db, SAMPLE_TRIP_ID);
    expect(people.map((person) => person.id)).toEqual([GOVERNOR_ID]);
    for (const person of people) expect(recordSchemas.hostPeople.safeParse(person).success).toBe(true);

    const [governor] = people;
    if (!governor) throw new Error('no governor');
    const {
      id: _id,
      tripId: _trip,
      createdAt: _c,
      updatedAt: _u,
      hlc: _h,
      updatedBy: _b,
      deletedAt: _d,
      ...fields
    } = governor;
    await updateHostPerson(base, SAMPLE_TRIP_ID, GOVERNOR_ID, { ...fields, reading: 'ふくおかけんちじ' });
    const stored = await base.db.hostPeople.get(GOVERNOR_ID);
    expect(recordSchemas.hostPeople.parse(stored).reading).toBe('ふくおかけんちじ');
    // The item's contact, the minutes' host and the Q&A note's answerer are one copy each, resolved alike.
    expect((await personOf(base.db, SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR))?.reading).toBe('ふくおかけんちじ');
    expect(await listHostPeople(base.db, SAMPLE_TRIP_ID)).toHaveLength(1);
    const sent = await base.db.outbox.where('recordId').equals(GOVERNOR_ID).toArray();
    expect(sent.map((change) => change.path)).toEqual(expect.arrayContaining(['title/ja', 'reading', 'deletedAt']));
  });

  it('adds, corrects and deletes a person, whom a reference by id then no longer names', async () => {
    const { base } = await sampleVisit('福岡県庁');
    const added = await addHostPerson(base, SAMPLE_TRIP_ID, personInput('山田 花子', { reading: 'やまだ はなこ' }));
    await updateHostPerson(base, SAMPLE_TRIP_ID, added.id, personInput('山田 花子', { phone: '+81 92 651 1111' }));
    const reference = { name: { ja: '山田' }, title: {}, contact: '', personId: added.id };
    expect((await personOf(base.db, SAMPLE_TRIP_ID, reference))?.phone).toBe('+81 92 651 1111');
    expect(await listHostPeople(base.db, SAMPLE_TRIP_ID)).toHaveLength(2);

    await deleteHostPerson(base, SAMPLE_TRIP_ID, added.id);
    await deleteHostPerson(base, SAMPLE_TRIP_ID, GOVERNOR_ID);
    expect(await listHostPeople(base.db, SAMPLE_TRIP_ID)).toEqual([]);
    expect(await personOf(base.db, SAMPLE_TRIP_ID, reference)).toBeNull();
    expect(await personOf(base.db, SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR)).toBeNull();
  });

  it('lets a member add and correct people, and refuses an interpreter, writing nothing', async () => {
    const member = await joinedAs('member');
    await addHostPerson(member.store, SAMPLE_TRIP_ID, personInput('山田 花子'));
    await updateHostPerson(member.store, SAMPLE_TRIP_ID, GOVERNOR_ID, {
      ...personInput(''),
      name: FUKUOKA_GOVERNOR.name,
      title: FUKUOKA_GOVERNOR.title,
      romanised: 'FUKUOKA GOVERNOR',
    });
    expect(await member.base.db.outbox.count()).toBeGreaterThan(0);

    const interpreter = await joinedAs('interpreter');
    await expect(addHostPerson(interpreter.store, SAMPLE_TRIP_ID, personInput('山田 花子'))).rejects.toBeInstanceOf(
      ForbiddenWriteError,
    );
    await expect(
      updateHostPerson(interpreter.store, SAMPLE_TRIP_ID, GOVERNOR_ID, { ...personInput('知事'), romanised: 'X' }),
    ).rejects.toBeInstanceOf(ForbiddenWriteError);
    expect(await interpreter.base.db.hostPeople.count()).toBe(0);
    expect(await interpreter.base.db.outbox.count()).toBe(0);
  });

  it('syncs a person a member corrected to the organiser’s device, which resolves the sample’s copies to it', async () => {
    const { server, organiser, member } = await organiserAndMember();
    await updateHostPerson(member, SAMPLE_TRIP_ID, GOVERNOR_ID, {
      ...personInput(''),
      name: FUKUOKA_GOVERNOR.name,
      title: FUKUOKA_GOVERNOR.title,
      department: { ja: '知事公室' },
    });
    const added = await addHostPerson(member, SAMPLE_TRIP_ID, personInput('山田 花子', { email: 'yamada@example.jp' }));
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);

    expect((await personOf(organiser.db, SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR))?.department).toEqual({ ja: '知事公室' });
    expect(await organiser.db.hostPeople.get(added.id)).toEqual(await member.db.hostPeople.get(added.id));
    expect(await listHostPeople(organiser.db, SAMPLE_TRIP_ID)).toEqual(await listHostPeople(member.db, SAMPLE_TRIP_ID));
  });
});
