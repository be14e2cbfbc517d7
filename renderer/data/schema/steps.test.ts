import { newId, recordSchemas, type Trip } from '@shared/model';
import { sampleTrip } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { FieldbookDB } from '../database/db';
import { openStore } from '../database/store';
import { getState, tripStates } from '../writes/recordStates';
import { LATEST_VERSION } from './steps';

const { id: _id, ...fields } = sampleTrip;

function tripRecord(): Trip {
  return {
    ...fields,
    id: newId(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    hlc: '0000000000a-00000-old-device',
    updatedBy: { deviceId: 'old-device', memberId: null },
    deletedAt: null,
  } as Trip;
}

describe('database upgrades', () => {
  it('brings a version 1 database to the latest version, keeping its trips and members', async () => {
    const name = `upgrade-${newId()}`;
    const v1 = new FieldbookDB(name, { upTo: 1 });
    const trip = tripRecord();
    await v1.settings.put({ key: 'deviceId', value: 'old-device' });
    await v1.trips.add(trip);
    await v1.members.add({
      ...trip,
      id: newId(),
      tripId: trip.id,
      name: '김철수',
      nameForHosts: '',
      affiliation: '경기도',
      role: 'member',
      email: '',
      phone: '',
    } as never);
    expect(v1.verno).toBe(1);
    v1.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(store.ctx.deviceId).toBe('old-device');
    expect(await store.db.trips.get(trip.id)).toEqual(trip);
    expect(await store.db.members.count()).toBe(1);

    // Version 2 gives trips made before checklists the default six questions.
    const questions = await store.db.checklistQuestions.where('tripId').equals(trip.id).sortBy('order');
    expect(questions.map((q) => q.templateKey)).toEqual([
      'central-government',
      'administration',
      'policy',
      'budget',
      'infrastructure',
      'universities',
    ]);
    expect(questions[0]?.updatedBy.deviceId).toBe('old-device');
    store.db.close();
  });

  it('brings a version 2 database with itinerary and notes to the latest version intact', async () => {
    const name = `upgrade-v2-${newId()}`;
    const v2 = new FieldbookDB(name, { upTo: 2 });
    const trip = tripRecord();
    await v2.trips.add(trip);
    const note = {
      ...trip,
      id: newId(),
      tripId: trip.id,
      visitId: newId(),
      question: { lang: 'ko', text: '예산은?', translations: {} },
      askedBy: null,
      answeredBy: null,
      answer: { lang: 'ko', text: '1/4~1/5', translations: {} },
      time: null,
      checklistQuestionIds: [],
      position: 'a0',
    };
    await v2.qaNotes.add(note as never);
    v2.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await store.db.qaNotes.get(note.id)).toEqual(note);
    expect(await store.db.noteVersions.count()).toBe(0);
    store.db.close();
  });

  it('brings a version 3 database with notes and history to the latest version, with room for drafts', async () => {
    const name = `upgrade-v3-${newId()}`;
    const v3 = new FieldbookDB(name, { upTo: 3 });
    const trip = tripRecord();
    await v3.trips.add(trip);
    const version = {
      ...trip,
      id: newId(),
      tripId: trip.id,
      recordTable: 'qaNotes',
      recordId: newId(),
      content: { question: { lang: 'ko', text: '예산은?', translations: {} } },
      startedAt: trip.createdAt,
    };
    await v3.noteVersions.add(version as never);
    expect(v3.tables.map((table) => table.name)).not.toContain('drafts');
    v3.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await store.db.noteVersions.get(version.id)).toEqual(version);
    expect(await store.db.drafts.count()).toBe(0);
    store.db.close();
  });

  it('gives attachments stored under unsafe names the name they would be given today', async () => {
    const name = `upgrade-v4-${newId()}`;
    const v4 = new FieldbookDB(name, { upTo: 4 });
    const trip = tripRecord();
    const attachment = (fileName: string, mimeType: string) => ({
      ...trip,
      id: newId(),
      tripId: trip.id,
      visitId: null,
      owner: { kind: 'visit', id: newId() },
      fileName,
      mimeType,
      size: 10,
    });
    const dropped = attachment('../../../etc/평가 보고서.txt', 'text/plain');
    const disguised = attachment('invoice.exe', 'image/png');
    const fine = attachment('명함.jpg', 'image/jpeg');
    await v4.attachments.bulkAdd([dropped, disguised, fine] as never);
    v4.close();

    const store = await openStore(name);
    const names = async (id: string) => (await store.db.attachments.get(id))?.fileName;
    expect(await names(dropped.id)).toBe('평가 보고서.txt');
    expect(await names(disguised.id)).toBe('invoice.png');
    expect(await names(fine.id)).toBe('명함.jpg');
    for (const record of await store.db.attachments.toArray()) {
      expect(recordSchemas.attachments.safeParse(record).success).toBe(true);
    }
    store.db.close();
  });

  it('writes, at step 2, the same question ids and texts as when it was released', async () => {
    const name = `upgrade-ids-${newId()}`;
    const v1 = new FieldbookDB(name, { upTo: 1 });
    await v1.trips.add({ ...tripRecord(), id: '0192a000-0000-7000-8000-00000000cafe' });
    v1.close();
    const store = await openStore(name);
    const questions = await store.db.checklistQuestions.orderBy('id').toArray();
    // Every device that upgrades must derive these very ids, or two devices would hold two checklists.
    expect(questions.map((q) => [q.templateKey, q.id]).sort()).toEqual([
      ['administration', '0192a000-0000-75ec-a606-4114299ae00e'],
      ['budget', '0192a000-0000-7549-8266-1c7c3c6c5edb'],
      ['central-government', '0192a000-0000-753a-8a2b-82b9d74e59b1'],
      ['infrastructure', '0192a000-0000-759b-8a80-cad7345198f7'],
      ['policy', '0192a000-0000-75bb-8611-cd36e66fc416'],
      ['universities', '0192a000-0000-7518-9abe-b19016f0196d'],
    ]);
    expect(questions.find((q) => q.templateKey === 'budget')?.text).toEqual({
      ko: '지자체의 과학기술예산은 어떻게 조달되고 있는가?',
      ja: '自治体の科学技術予算はどのように調達されているか。',
      en: 'How is the local S&T budget funded?',
    });
    store.db.close();
  });

  it('brings a version 5 database to the latest version with room for sync, its records untouched', async () => {
    const name = `upgrade-v5-${newId()}`;
    const v5 = new FieldbookDB(name, { upTo: 5 });
    const trip = tripRecord();
    await v5.trips.add(trip);
    expect(v5.tables.map((table) => table.name)).not.toContain('outbox');
    v5.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await store.db.trips.get(trip.id)).toEqual(trip);
    expect([
      await store.db.outbox.count(),
      await store.db.recordStates.count(),
      await store.db.lostChanges.count(),
    ]).toEqual([0, 0, 0]);
    store.db.close();
  });

  it('brings a version 6 database to the latest version with an empty change history, its sync state untouched', async () => {
    const name = `upgrade-v6-${newId()}`;
    const v6 = new FieldbookDB(name, { upTo: 6 });
    const trip = tripRecord();
    await v6.trips.add(trip);
    const lost = {
      id: newId(),
      table: 'trips' as const,
      recordId: trip.id,
      tripId: trip.id,
      path: 'title/en',
      value: 'KISTEP visit',
      hlc: '0000000000b-00000-other-device',
      base: null,
      deviceId: 'other-device',
      memberId: null,
    };
    await v6.lostChanges.add(lost);
    expect(v6.tables.map((table) => table.name)).not.toContain('changeHistory');
    v6.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await store.db.trips.get(trip.id)).toEqual(trip);
    expect(await store.db.lostChanges.get(lost.id)).toEqual(lost);
    expect(await store.db.changeHistory.count()).toBe(0);
    // The history is looked up by record.
    expect(await store.db.changeHistory.where('[table+recordId]').equals(['trips', trip.id]).count()).toBe(0);
    store.db.close();
  });

  it('brings a version 10 database to the latest version with an empty log, each trip pulled again from the start', async () => {
    const name = `upgrade-v10-${newId()}`;
    const v10 = new FieldbookDB(name, { upTo: 10 });
    const trip = tripRecord();
    await v10.trips.add(trip);
    await v10.settings.bulkPut([
      { key: `sync:${trip.id}:pulled`, value: 1234 },
      { key: `sync:${trip.id}:pulledId`, value: newId() },
      { key: `sync:${trip.id}:root`, value: 'organiser-laptop' },
      { key: 'clock', value: '0000000000b-00000-old-device' },
    ]);
    v10.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await store.db.trips.get(trip.id)).toEqual(trip);
    expect((await store.db.settings.get(`sync:${trip.id}:pulled`))?.value).toBeNull();
    expect((await store.db.settings.get(`sync:${trip.id}:pulledId`))?.value).toBeNull();
    // Whom the trip's chain of keys starts from stays pinned, and the clock runs on.
    expect((await store.db.settings.get(`sync:${trip.id}:root`))?.value).toBe('organiser-laptop');
    expect((await store.db.settings.get('clock'))?.value).toBe('0000000000b-00000-old-device');
    expect(await store.db.changeLog.where('[tripId+id]').between([trip.id, ''], [trip.id, '\uffff']).count()).toBe(0);
    expect(await store.db.bundles.where('tripId').equals(trip.id).count()).toBe(0);
    expect(await store.db.tripKeys.count()).toBe(0);
    store.db.close();
  });

  it('brings a version 12 database to the latest version with its merge states read as they were, and no snapshot kept', async () => {
    const name = `upgrade-v12-${newId()}`;
    const v12 = new FieldbookDB(name, { upTo: 12 });
    const trip = tripRecord();
    const leaf = {
      id: newId(),
      value: trip.title,
      hlc: trip.hlc,
      base: null,
      deviceId: 'old-device',
      memberId: null,
    };
    const state = { key: `trips:${trip.id}`, table: 'trips', id: trip.id, tripId: trip.id, leaves: { title: leaf } };
    await v12.trips.add(trip);
    await v12.table('recordStates').put(state);
    v12.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    expect(await getState(store.db, `trips:${trip.id}`)).toEqual(state);
    expect(await tripStates(store.db, trip.id)).toEqual([state]);
    expect(await store.db.stateBases.count()).toBe(0);
    expect(await store.db.stateBuckets.count()).toBe(0);
    store.db.close();
  });

  it('gives a device one id for good', async () => {
    const name = `device-${newId()}`;
    const first = await openStore(name);
    first.db.close();
    const second = await openStore(name);
    expect(second.ctx.deviceId).toBe(first.ctx.deviceId);
    second.db.close();
  });
});
