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
import { getAttachment, getAttachmentFile, getThumbnail, listVisitAttachments } from './attachments';
import {
  addHostPerson,
  deleteHostPerson,
  hashedCardPhoto,
  listHostPeople,
  personOf,
  restoreHostPerson,
  updateHostPerson,
} from './hostPeople';

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

/** A photo of a card, its bytes `abc`, whose SHA-256 every implementation agrees on. */
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const card = () =>
  hashedCardPhoto({
    fileName: 'IMG_0412.JPG',
    mimeType: 'image/jpeg',
    file: new Blob(['abc'], { type: 'image/jpeg' }),
    thumbnail: new Blob(['small'], { type: 'image/jpeg' }),
  });
const bytesOf = async (blob: Blob | null) => (blob ? new TextDecoder().decode(await blob.arrayBuffer()) : null);

describe('a person read from a business card', () => {
  it('keeps the card’s photo with the person: owned by them, named by its bytes’ SHA-256, no visit’s file', async () => {
    const { base, visit } = await sampleVisit('福岡県庁');
    await base.db.outbox.clear();
    const person = await addHostPerson(base, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card());

    const [stored] = (await listHostPeople(base.db, SAMPLE_TRIP_ID)).filter((one) => one.id === person.id);
    const photo = await getAttachment(base.db, stored?.cardAttachmentId ?? '');
    expect(photo).toMatchObject({
      tripId: SAMPLE_TRIP_ID,
      visitId: null,
      owner: { kind: 'hostPerson', id: person.id },
      fileName: 'IMG_0412.JPG',
      mimeType: 'image/jpeg',
      size: 3,
      sha256: ABC_SHA256,
      deletedAt: null,
    });
    expect(await bytesOf(await getAttachmentFile(base.db, photo?.id ?? ''))).toBe('abc');
    expect(await bytesOf(await getThumbnail(base.db, photo?.id ?? ''))).toBe('small');
    expect(await listVisitAttachments(base.db, visit.id)).toEqual([]);
    // Both go to the others, each as its own record.
    const sent = new Set((await base.db.outbox.toArray()).map((change) => `${change.table}:${change.recordId}`));
    expect(sent).toEqual(new Set([`hostPeople:${person.id}`, `attachments:${photo?.id}`]));
  });

  it('writes neither the person nor the photo when either fails, nor for an interpreter', async () => {
    const { base } = await sampleVisit('福岡県庁');
    const before = { blobs: await base.db.attachmentBlobs.count(), outbox: await base.db.outbox.count() };
    const nothingWritten = async () => {
      expect(await base.db.hostPeople.count()).toBe(0);
      expect(await base.db.attachments.count()).toBe(0);
      expect(await base.db.attachmentBlobs.count()).toBe(before.blobs);
      expect(await base.db.outbox.count()).toBe(before.outbox);
    };
    // The person's write fails, as storage running out would, after the photo's.
    const full = () => {
      throw new Error('QuotaExceededError');
    };
    base.db.hostPeople.hook('creating', full);
    await expect(addHostPerson(base, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card())).rejects.toThrow();
    await nothingWritten();
    base.db.hostPeople.hook('creating').unsubscribe(full);
    const add = base.db.attachmentBlobs.add.bind(base.db.attachmentBlobs);
    base.db.attachmentBlobs.add = (() => Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof add;
    await expect(addHostPerson(base, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card())).rejects.toThrow();
    await nothingWritten();

    const interpreter = await joinedAs('interpreter');
    await expect(
      addHostPerson(interpreter.store, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card()),
    ).rejects.toBeInstanceOf(ForbiddenWriteError);
    expect(await interpreter.base.db.attachments.count()).toBe(0);
    expect(await interpreter.base.db.outbox.count()).toBe(0);
  });

  it('keeps the photo when the person is deleted, so that undoing the deletion brings both back', async () => {
    const { base } = await sampleVisit('福岡県庁');
    const person = await addHostPerson(base, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card());
    await deleteHostPerson(base, SAMPLE_TRIP_ID, person.id);
    expect((await listHostPeople(base.db, SAMPLE_TRIP_ID)).map((one) => one.id)).not.toContain(person.id);
    await restoreHostPerson(base, person.id);
    const restored = (await listHostPeople(base.db, SAMPLE_TRIP_ID)).find((one) => one.id === person.id);
    expect(restored?.cardAttachmentId).toBe(person.cardAttachmentId);
    expect((await getAttachment(base.db, person.cardAttachmentId ?? ''))?.deletedAt).toBeNull();
    expect(await bytesOf(await getAttachmentFile(base.db, person.cardAttachmentId ?? ''))).toBe('abc');
  });

  it('brings a member’s card and its photo’s bytes to the organiser’s device', async () => {
    const { server, organiser, member } = await organiserAndMember();
    const person = await addHostPerson(member, SAMPLE_TRIP_ID, personInput('山田 太郎'), await card());
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);

    expect(await organiser.db.hostPeople.get(person.id)).toEqual(await member.db.hostPeople.get(person.id));
    const id = person.cardAttachmentId ?? '';
    expect(await organiser.db.attachments.get(id)).toEqual(await member.db.attachments.get(id));
    expect(await bytesOf(await getAttachmentFile(organiser.db, id))).toBe('abc');
  });
});
