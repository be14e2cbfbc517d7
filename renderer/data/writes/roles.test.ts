import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { ForbiddenWriteError } from '@shared/sync/permissions';
import { describe, expect, it } from 'vitest';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { asMember } from '../database/store';
import { saveConnection } from '../device/syncConnections';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { saveItineraryItem } from '../records/itineraryItems';
import { updateMember } from '../records/members';
import { getMinutes, saveMinutes } from '../records/minutes';
import { addQaNote, listQaNotes, updateQaNote } from '../records/qaNotes';
import { markReviewed, saveTranslation } from '../records/translations';
import { getRefusals } from '../sync/refused';
import { syncTrip } from '../sync/syncTrip';

/** The sample trip on a member's device that has joined the trip's server as that member. */
async function onMembersDevice() {
  const visit = await sampleVisit('福岡県庁');
  await saveConnection(visit.base, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://192.168.0.10:8787',
    token: 'token',
    memberId: visit.me.id,
    organiser: false,
    fingerprint: null,
  });
  const [question] = await listQuestions(visit.base.db, SAMPLE_TRIP_ID);
  if (!question) throw new Error('no checklist');
  const key = (memberId: string) => ({
    tripId: SAMPLE_TRIP_ID,
    visitId: visit.visit.id,
    questionId: question.id,
    memberId,
  });
  return { ...visit, key };
}

const itemInput = (item: Awaited<ReturnType<typeof onMembersDevice>>['visit']) => ({
  ...item,
  startTime: '11:00',
  endDate: item.endDate ?? '',
  endTime: item.endTime ?? '',
  endTimeZone: item.endTimeZone ?? '',
  expectedAttendees: item.expectedAttendees ?? null,
});

describe('a member’s device', () => {
  it('writes the member’s own answer and the minutes, and refuses, writing nothing, another’s answer or the itinerary', async () => {
    const { base, store, me, other, key, visit, trip } = await onMembersDevice();
    await base.db.outbox.clear();
    await saveAnswer(store, key(me.id), '현 예산의 1/4', 'ko');
    const minutes = await getMinutes(base.db, visit.id);
    if (!minutes) throw new Error('no minutes');
    await saveMinutes(
      store,
      trip.id,
      visit.id,
      { ...minutes, decisions: { ...minutes.decisions, text: '과학의 달' } },
      'ko',
    );
    const sent = await base.db.outbox.count();
    expect(sent).toBeGreaterThan(0);

    await expect(saveAnswer(store, key(other.id), '대신 고침', 'ko')).rejects.toThrow(ForbiddenWriteError);
    await expect(
      saveItineraryItem(store, trip.id, itemInput(visit), { id: visit.id, lang: 'ko' }),
    ).rejects.toMatchObject({
      refusal: 'organisers_only',
    });
    await expect(updateMember(store, me.id, { ...me, role: 'organiser' })).rejects.toMatchObject({
      refusal: 'organisers_only',
    });
    await updateMember(store, me.id, { ...me, phone: '033-249-2114' });
    expect(await base.db.outbox.count()).toBeGreaterThan(sent);
    expect((await base.db.itineraryItems.get(visit.id))?.startTime).toBe(visit.startTime);
    expect((await base.db.members.get(me.id))?.role).toBe('member');
  });

  it('edits the Q&A notes the member wrote, and refuses another’s', async () => {
    const { base, store, me, visit, trip } = await onMembersDevice();
    const theirs = (await listQaNotes(base.db, visit.id)).find((note) => note.writtenBy !== me.id);
    if (!theirs) throw new Error('no note by another');
    const input = (text: string) => ({
      question: theirs.question,
      askedBy: me.id,
      answeredBy: null,
      answer: { lang: 'ko' as const, text, translations: {} },
      time: null,
      checklistQuestionIds: [],
    });
    await expect(updateQaNote(store, theirs.id, input('대신 고침'), 'ko')).rejects.toMatchObject({
      refusal: 'not_yours',
    });
    expect((await base.db.qaNotes.get(theirs.id))?.answer.text).toBe(theirs.answer.text);
    const mine = await addQaNote(store, trip.id, visit.id, input('첫 답'), { lang: 'ko' });
    expect(mine.writtenBy).toBe(me.id);
    await updateQaNote(store, mine.id, input('고친 답'), 'ko');
    expect((await base.db.qaNotes.get(mine.id))?.answer.text).toBe('고친 답');
  });

  it('takes back a change the server refused (the role changed before the device heard), keeping its value in the history and saying why', async () => {
    const { base, store, me, visit, trip } = await onMembersDevice();
    const memory = serverInMemory();
    await syncTrip(base, memory.server, SAMPLE_TRIP_ID);
    // The member was a co-organiser when they moved the visit offline.
    await base.db.members.update(me.id, { role: 'organiser' });
    const before = visit.startTime;
    await saveItineraryItem(store, trip.id, itemInput(visit), { id: visit.id, lang: 'ko' });
    expect((await base.db.itineraryItems.get(visit.id))?.startTime).toBe('11:00');
    memory.refuseWith((change) =>
      change.table === 'itineraryItems' && change.recordId === visit.id ? 'organisers_only' : null,
    );
    await syncTrip(base, memory.server, SAMPLE_TRIP_ID);

    expect((await base.db.itineraryItems.get(visit.id))?.startTime).toBe(before);
    expect(
      memory.log
        .filter((change) => change.recordId === visit.id && change.path === 'startTime')
        .map((change) => change.value),
    ).toEqual([before]);
    const lost = await base.db.lostChanges.where('recordId').equals(visit.id).toArray();
    expect(lost.map((change) => [change.path, change.value])).toContainEqual(['startTime', '11:00']);
    expect(await getRefusals(base.db, SAMPLE_TRIP_ID)).toMatchObject({ count: 1, reasons: ['organisers_only'] });
  });
});

describe('an interpreter’s device', () => {
  it('translates the minutes and another’s answer, and marks them reviewed, adding no version; no original', async () => {
    const { base, visit, members, trip } = await sampleVisit('福岡県庁');
    const interpreter = members.find((member) => member.role === 'interpreter');
    const [answer] = await base.db.checklistAnswers.where('visitId').equals(visit.id).toArray();
    const minutes = await getMinutes(base.db, visit.id);
    if (!interpreter || !answer || !minutes) throw new Error('The sample trip is incomplete');
    await saveConnection(base, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: interpreter.id,
      organiser: false,
      fingerprint: null,
    });
    const store = asMember(base, interpreter.id);
    const versions = await base.db.noteVersions.count();

    await saveTranslation(store, { table: 'minutes', id: minutes.id, field: 'discussion' }, 'ja', '自治体の役割');
    await saveTranslation(store, { table: 'checklistAnswers', id: answer.id, field: 'body' }, 'ja', '中央との関係');
    await markReviewed(store, { table: 'checklistAnswers', id: answer.id, field: 'body' }, 'ja', true);

    expect((await getMinutes(base.db, visit.id))?.discussion.translations.ja).toBe('自治体の役割');
    expect((await base.db.checklistAnswers.get(answer.id))?.body).toMatchObject({
      translations: { ja: '中央との関係' },
      reviewed: { ja: true },
    });
    // A note's versions are its writers' (the server refuses an interpreter's): the translations are in the note.
    expect(await base.db.noteVersions.count()).toBe(versions);
    await expect(
      saveMinutes(store, trip.id, visit.id, { ...minutes, decisions: { ...minutes.decisions, text: '고침' } }, 'ko'),
    ).rejects.toMatchObject({ refusal: 'translations_only' });
  });
});
