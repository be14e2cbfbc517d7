import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { parseHlc } from '@shared/sync/hlc';
import { describe, expect, it } from 'vitest';
import { takeOutbox, twoDevices } from '../../../test/fixtures/twoDevices';
import type { HistoryEntry } from '../database/rows';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary, moveItineraryItem } from '../records/itineraryItems';
import { updateMember } from '../records/members';
import { updateTrip } from '../records/trips';
import { applyRemote } from '../sync/applyRemote';
import { keepHistory, MAX_CHANGES_PER_RECORD } from '../writes/changeHistory';
import { listChangeHistory, restoreLeaf } from './recordHistory';

const MINUTE = 60_000;

/** Both devices change the same member's affiliation while apart; the laptop's, written later, wins. */
async function concurrentAffiliations() {
  const devices = await twoDevices();
  const { laptop, phone, member, later, send } = devices;
  const { id, tripId, createdAt, updatedAt, hlc, updatedBy, deletedAt, ...fields } = member;
  later(MINUTE);
  await updateMember(phone, id, { ...fields, affiliation: { ...fields.affiliation, ko: '강원도청 과학기술과' } });
  later(MINUTE);
  await updateMember(laptop, id, { ...fields, affiliation: { ...fields.affiliation, ko: '강원도 경제진흥국' } });
  const fromPhone = await takeOutbox(phone);
  await send(laptop, phone);
  const applied = await applyRemote(laptop, fromPhone);
  return { ...devices, original: member.affiliation.ko, applied };
}

describe('the history of a record with none of its own', () => {
  it('shows a change from another device that lost as concurrent, on both devices', async () => {
    const { laptop, phone, member, organiser, original, applied } = await concurrentAffiliations();
    expect(applied.lost).toBe(1);
    expect((await laptop.db.members.get(member.id))?.affiliation.ko).toBe('강원도 경제진흥국');

    for (const device of [laptop, phone]) {
      const { changes, current } = await listChangeHistory(device.db, 'members', member.id);
      expect(current['affiliation/ko']).toBe('강원도 경제진흥국');
      const edits = changes.filter((change) => change.path === 'affiliation/ko');
      expect(edits.map((change) => [change.value, change.memberId, change.lost])).toEqual([
        ['강원도 경제진흥국', organiser.id, false],
        ['강원도청 과학기술과', member.id, true],
        // The record as it was made, on the laptop before the member chose who wrote: nobody named.
        [original, null, false],
      ]);
    }
    // Who, when and what: each change names its author, its time (its stamp) and the value it replaced.
    const onLaptop = (await listChangeHistory(laptop.db, 'members', member.id)).changes;
    const [winner, lost] = onLaptop;
    expect(winner).toMatchObject({ origin: 'local', previous: original, deviceId: laptop.ctx.deviceId });
    expect(lost).toMatchObject({ origin: 'remote', deviceId: phone.ctx.deviceId });
    expect(new Date(parseHlc(lost?.hlc ?? '').millis).toISOString()).toBe('1996-10-24T02:01:00.000Z');
    // On the phone its own change replaced the original, then lost; the laptop's replaced it.
    const onPhone = (await listChangeHistory(phone.db, 'members', member.id)).changes;
    expect(
      onPhone.filter((change) => change.path === 'affiliation/ko').map((change) => [change.origin, change.previous]),
    ).toEqual([
      ['remote', '강원도청 과학기술과'],
      ['local', original],
      ['remote', undefined],
    ]);
  });

  it('restores a lost value as a new change of this device, which goes to the outbox and can be undone', async () => {
    const { laptop, phone, member, later, send } = await concurrentAffiliations();
    const lost = (await listChangeHistory(laptop.db, 'members', member.id)).changes.find((change) => change.lost);
    if (!lost) throw new Error('no lost change');
    await takeOutbox(laptop);
    later(MINUTE);

    const undo = await restoreLeaf(laptop, 'members', member.id, lost.path, lost.value);
    expect((await laptop.db.members.get(member.id))?.affiliation.ko).toBe('강원도청 과학기술과');
    const outbox = await laptop.db.outbox.toArray();
    expect(outbox.map((change) => [change.path, change.value])).toEqual([['affiliation/ko', '강원도청 과학기술과']]);
    expect(outbox[0]?.base).not.toBeNull();
    // It reaches the other device as the newest value, not as another conflict.
    await send(laptop, phone);
    expect((await phone.db.members.get(member.id))?.affiliation.ko).toBe('강원도청 과학기술과');

    later(MINUTE);
    await undo();
    expect((await laptop.db.members.get(member.id))?.affiliation.ko).toBe('강원도 경제진흥국');
    const history = (await listChangeHistory(laptop.db, 'members', member.id)).changes;
    expect(history.filter((change) => change.path === 'affiliation/ko').map((change) => change.value)).toEqual([
      '강원도 경제진흥국',
      '강원도청 과학기술과',
      '강원도 경제진흥국',
      '강원도청 과학기술과',
      '강원도',
    ]);
  });

  it('keeps the changes of trips and itinerary items, and only the leaves a write changed', async () => {
    const { laptop } = await twoDevices();
    const visit = (await listItinerary(laptop.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
    if (!visit) throw new Error('no visit');
    const before = await laptop.db.changeHistory.count();
    await moveItineraryItem(laptop, visit.id, '1996-10-25');
    const moved = (await listChangeHistory(laptop.db, 'itineraryItems', visit.id)).changes;
    expect(moved.slice(0, 2).map((change) => [change.path, change.previous, change.value])).toEqual([
      ['position', visit.position, expect.any(String)],
      ['date', visit.date, '1996-10-25'],
    ]);
    expect(await laptop.db.changeHistory.count()).toBe(before + 2);

    const trip = await laptop.db.trips.get(SAMPLE_TRIP_ID);
    if (!trip) throw new Error('no trip');
    await updateTrip(laptop, trip.id, { ...trip, organiser: { ...trip.organiser, ko: 'STEPI (과학기술정책연구원)' } });
    const [change] = (await listChangeHistory(laptop.db, 'trips', trip.id)).changes;
    expect(change).toMatchObject({ path: 'organiser/ko', previous: trip.organiser.ko, memberId: laptop.ctx.memberId });
  });

  it('keeps nothing of a note’s saves as it is typed: notes have their own history', async () => {
    const { phone, member } = await twoDevices();
    const [question] = await listQuestions(phone.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(phone.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
    if (!question || !visit) throw new Error('sample trip incomplete');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    const before = await phone.db.changeHistory.count();
    const text = '현 예산과 국비 매칭으로 조달';
    for (let length = 1; length <= text.length; length++) await saveAnswer(phone, key, text.slice(0, length), 'ko');
    expect(await phone.db.changeHistory.count()).toBe(before);
    expect(await phone.db.outbox.count()).toBeGreaterThan(text.length);
  });

  it('lets the oldest changes of a record go past its limit', async () => {
    const { laptop, member } = await twoDevices();
    const entry = (n: number): HistoryEntry => ({
      id: `0190000${String(n).padStart(5, '0')}`,
      table: 'members',
      recordId: member.id,
      tripId: SAMPLE_TRIP_ID,
      path: 'phone',
      value: String(n),
      hlc: `00000m5ld3g-${String(n).padStart(5, '0')}-device`,
      base: null,
      deviceId: 'device',
      memberId: null,
      origin: 'remote',
    });
    await laptop.db.transaction('rw', laptop.db.changeHistory, () =>
      keepHistory(
        laptop.db,
        Array.from({ length: MAX_CHANGES_PER_RECORD + 20 }, (_, n) => entry(n)),
      ),
    );
    const kept = await laptop.db.changeHistory.where('[table+recordId]').equals(['members', member.id]).toArray();
    expect(kept).toHaveLength(MAX_CHANGES_PER_RECORD);
    expect(kept.some((change) => change.value === '0')).toBe(false);
    expect(kept.some((change) => change.value === String(MAX_CHANGES_PER_RECORD + 19))).toBe(true);
  });
});

describe('a note’s concurrent text', () => {
  it('is merged on both devices, each member’s words kept, and nothing listed as lost', async () => {
    const { laptop, phone, member, later, send } = await twoDevices();
    const [question] = await listQuestions(phone.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(phone.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
    if (!question || !visit) throw new Error('sample trip incomplete');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    const answer = await saveAnswer(phone, key, '현과 국가의 역할 분담', 'ko');
    await send(phone, laptop);
    later(MINUTE);
    await saveAnswer(phone, key, '현과 국가의 역할 분담: 폰에서 고침', 'ko');
    later(MINUTE);
    await saveAnswer(laptop, key, '현과 국가의 역할 분담: 노트북에서 대신 기록', 'ko');
    await send(phone, laptop);
    await send(laptop, phone);

    const texts = await Promise.all(
      [laptop, phone].map(async (device) => (await device.db.checklistAnswers.get(answer.id))?.body.text),
    );
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain(': 폰에서 고침');
    expect(texts[0]).toContain(': 노트북에서 대신 기록');
    const { changes } = await listChangeHistory(laptop.db, 'checklistAnswers', answer.id);
    expect(changes.filter((change) => change.lost)).toEqual([]);
  });
});
