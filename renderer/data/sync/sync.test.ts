import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { parseHlc } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import { fromBase64, mergeUpdates, type TextUpdate, textOf } from '@shared/sync/texts';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { asMember, openStore, type Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary, moveItineraryItem, saveItineraryItem } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { applyRemote } from './applyRemote';

/** Two devices with the sample trip, as after a first sync: the same records on each. */
async function twoDevices() {
  const laptop = await openTestStore();
  const phone = await openTestStore();
  await loadSampleTrip(laptop);
  await applyRemote(phone, await takeOutbox(laptop));
  const [kim, lee] = await listMembers(laptop.db, SAMPLE_TRIP_ID);
  const [question] = await listQuestions(laptop.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(laptop.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  if (!kim || !lee || !question || !visit) throw new Error('sample trip incomplete');
  const key = (memberId: string) => ({ tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId });
  return { laptop: asMember(laptop, kim.id), phone: asMember(phone, lee.id), kim, lee, visit, key };
}

/** What a device has written and not sent, emptied as a sync would once the server has it. */
async function takeOutbox(store: Store): Promise<Change[]> {
  const changes = await store.db.outbox.toArray();
  await store.db.outbox.clear();
  return changes;
}

describe('the write funnel', () => {
  it('puts every leaf a write changes in the outbox, stamped as the record, by its writer', async () => {
    const { laptop, kim, key } = await twoDevices();
    const first = await saveAnswer(laptop, key(kim.id), '현 예산', 'ko');
    const created = await takeOutbox(laptop);
    const answer = created.filter((change) => change.table === 'checklistAnswers');
    expect(answer.map((change) => change.path).sort()).toEqual([
      'body/lang',
      'body/text',
      'deletedAt',
      'memberId',
      'questionId',
      'visitId',
    ]);
    expect(new Set(answer.map((change) => change.hlc))).toEqual(new Set([first.hlc]));
    expect(answer[0]?.memberId).toBe(kim.id);

    await saveAnswer(laptop, key(kim.id), '현 예산의 1/4', 'ko');
    const edited = (await takeOutbox(laptop)).filter((change) => change.table === 'checklistAnswers');
    // A merged text's change is the update that edit made: with the first, it makes the text.
    expect(edited.map((change) => change.path)).toEqual(['body/text']);
    const updates = [...created, ...edited]
      .filter((change) => change.path === 'body/text')
      .map((change) => fromBase64((change.value as TextUpdate).yjs));
    expect(textOf(mergeUpdates(updates))).toBe('현 예산의 1/4');
  });

  it('resumes its clock after a restart: a later edit never sorts before an earlier one', async () => {
    let wall = Date.parse('1996-10-22T06:30:00Z');
    const name = `clock-${Math.random()}`;
    const before = await openStore(name, () => new Date(wall));
    await loadSampleTrip(before);
    const stamp = (await before.db.outbox.toArray()).at(-1)?.hlc ?? '';
    before.db.close();
    wall -= 60 * 60 * 1000; // The laptop's clock was set back an hour meanwhile.
    const after = await openStore(name, () => new Date(wall));
    const { id } = (await listMembers(after.db, SAMPLE_TRIP_ID))[0] ?? { id: '' };
    await saveAnswer(after, { tripId: SAMPLE_TRIP_ID, visitId: id, questionId: id, memberId: id }, '뒤', 'ko');
    const next = (await after.db.outbox.toArray()).at(-1)?.hlc ?? '';
    expect(next > stamp).toBe(true);
    expect(parseHlc(next).millis).toBeGreaterThanOrEqual(parseHlc(stamp).millis);
  });
});

describe('changes from another device', () => {
  it('arrive as the same records, are not sent back, and apply once however often they come', async () => {
    const { laptop, phone, kim, key } = await twoDevices();
    await saveAnswer(laptop, key(kim.id), '현 예산의 1/4~1/5', 'ko');
    const changes = await takeOutbox(laptop);
    await applyRemote(phone, changes);
    await applyRemote(phone, [...changes].reverse());
    const [mine, theirs] = await Promise.all([
      laptop.db.checklistAnswers.toArray(),
      phone.db.checklistAnswers.toArray(),
    ]);
    const strip = ({ updatedAt, createdAt, ...answer }: Record<string, unknown>) => answer;
    expect(theirs.map(strip)).toEqual(mine.map(strip));
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('keep both members’ changes to different parts of one record, and agree on one value for the same part', async () => {
    const { laptop, phone, visit } = await twoDevices();
    const item = (await laptop.db.itineraryItems.get(visit.id)) ?? visit;
    const input = {
      ...item,
      startTime: item.startTime ?? '',
      endDate: '',
      endTime: item.endTime ?? '',
      endTimeZone: '',
      expectedAttendees: null,
    };
    // Offline at the same time: the organiser moves the visit, a member fixes its Japanese title and its place.
    await moveItineraryItem(laptop, visit.id, '1996-10-25');
    await saveItineraryItem(
      phone,
      SAMPLE_TRIP_ID,
      { ...input, title: { ja: '岐阜県庁（本庁舎）' }, location: { ja: '本庁舎' } },
      { id: visit.id },
    );
    await saveItineraryItem(
      laptop,
      SAMPLE_TRIP_ID,
      { ...input, date: '1996-10-25', location: { ja: '西庁舎' } },
      { id: visit.id },
    );
    const fromLaptop = await takeOutbox(laptop);
    const fromPhone = await takeOutbox(phone);
    await applyRemote(laptop, fromPhone);
    await applyRemote(phone, fromLaptop);

    const [onLaptop, onPhone] = await Promise.all([
      laptop.db.itineraryItems.get(visit.id),
      phone.db.itineraryItems.get(visit.id),
    ]);
    expect(onLaptop?.date).toBe('1996-10-25');
    expect(onLaptop?.title.ja).toBe('岐阜県庁（本庁舎）');
    expect(onLaptop?.location).toEqual(onPhone?.location);
    expect({ ...onPhone, updatedAt: null }).toEqual({ ...onLaptop, updatedAt: null });
    // The place one of them typed lost to the other's, and stays in the history of both.
    const lostOn = async (store: Store) => (await store.db.lostChanges.toArray()).map((change) => change.value);
    expect(await lostOn(laptop)).toEqual(await lostOn(phone));
    expect(await lostOn(laptop)).toHaveLength(1);
  });

  it('undoing a change takes back only the parts it changed, not another member’s change since', async () => {
    const { laptop, phone, visit } = await twoDevices();
    const moved = await moveItineraryItem(laptop, visit.id, '1996-10-25');
    const item = (await phone.db.itineraryItems.get(visit.id)) ?? visit;
    await saveItineraryItem(
      phone,
      SAMPLE_TRIP_ID,
      {
        ...item,
        startTime: item.startTime ?? '',
        endDate: '',
        endTime: item.endTime ?? '',
        endTimeZone: '',
        title: { ja: '岐阜県庁（新）' },
      },
      { id: visit.id },
    );
    await applyRemote(laptop, await takeOutbox(phone));
    await moved.undo();
    const after = await laptop.db.itineraryItems.get(visit.id);
    expect(after?.date).toBe(visit.date);
    expect(after?.title.ja).toBe('岐阜県庁（新）');
  });

  it('wait to show a record until all of its parts have arrived', async () => {
    const { laptop, phone, kim, key } = await twoDevices();
    const answer = await saveAnswer(laptop, key(kim.id), '나중에 다 옴', 'ko');
    const changes = (await takeOutbox(laptop)).filter((change) => change.table === 'checklistAnswers');
    await applyRemote(phone, changes.slice(0, 2));
    expect(await phone.db.checklistAnswers.get(answer.id)).toBeUndefined();
    await applyRemote(phone, changes.slice(2));
    expect((await phone.db.checklistAnswers.get(answer.id))?.body.text).toBe('나중에 다 옴');
  });
});
