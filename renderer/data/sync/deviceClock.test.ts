import { readTripFile } from '@shared/exchange/readTripFile';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { MAX_SKEW_MS, parseHlc } from '@shared/sync/hlc';
import { mergeAll, recordOf } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { asMember, openStore, type Store } from '../database/store';
import { lastExportTo, markExportedTo } from '../device/exportMarks';
import { exportTrip } from '../exchange/exportTrip';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { applyRemote } from './applyRemote';
import { restampUnsent } from './deviceClock';
import { enqueueTrip } from './publishTrip';
import { syncTrip } from './syncTrip';

const THREE_HOURS = 3 * 60 * 60 * 1000;

/** A device whose clock is `ms` off the real time (positive: fast). */
const openDevice = (ms: number, name = `device-${Math.random()}`) => openStore(name, () => new Date(Date.now() + ms));

async function fukuokaAnswer(store: Store, memberIndex: number) {
  const member = (await listMembers(store.db, SAMPLE_TRIP_ID))[memberIndex];
  const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '福岡県庁');
  if (!member || !question || !visit) throw new Error('the sample trip is incomplete');
  return {
    as: asMember(store, member.id),
    key: { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id },
  };
}

const textOf = async (store: Store, memberId: string) =>
  (await store.db.checklistAnswers.toArray()).find((answer) => answer.memberId === memberId)?.body.text;

describe('a device whose clock is off', () => {
  it('three hours fast: its refused changes are stamped afresh, in their order, and it keeps syncing', async () => {
    const memory = serverInMemory(500);
    const fast = await openDevice(THREE_HOURS);
    await loadSampleTrip(fast);
    await enqueueTrip(fast, SAMPLE_TRIP_ID);
    const { as, key } = await fukuokaAnswer(fast, 0);
    await saveAnswer(as, key, '초안', 'ko');
    await saveAnswer(as, key, '현 예산의 1/4~1/5', 'ko');

    const result = await syncTrip(fast, memory.server, SAMPLE_TRIP_ID);

    expect(await fast.db.outbox.count()).toBe(0);
    expect(result.clockCorrection).toBeLessThan(-THREE_HOURS + 60_000);
    expect(result.clockCorrection).toBeGreaterThan(-THREE_HOURS - 60_000);
    const latest = Math.max(...memory.log.map((change) => parseHlc(change.hlc).millis));
    expect(latest).toBeLessThanOrEqual(Date.now() + MAX_SKEW_MS);
    // The server's changes make what the device holds: the later edit is the answer, nothing lost.
    const { records, lost } = mergeAll(memory.log);
    const answer = (await fast.db.checklistAnswers.toArray()).find((a) => a.memberId === key.memberId);
    expect(answer?.body.text).toBe('현 예산의 1/4~1/5');
    expect(recordOf(records.get(`checklistAnswers:${answer?.id}`) ?? ({} as never))).toMatchObject({
      body: { text: '현 예산의 1/4~1/5' },
      hlc: answer?.hlc,
    });
    expect(lost.size).toBe(0);
    expect(Date.parse(answer?.updatedAt ?? '')).toBeLessThanOrEqual(Date.now() + 60_000);

    // Written after the correction: stamped on the server's time straight away.
    await saveAnswer(as, key, '현 예산의 1/4~1/5, 국비 매칭', 'ko');
    const [next] = await fast.db.outbox.toArray();
    expect(Math.abs(parseHlc(next?.hlc ?? '').millis - Date.now())).toBeLessThan(60_000);
  });

  it('a change that left in a file, stamped too far ahead, is stamped afresh by the server’s time even within the minute left uncorrected', async () => {
    const memory = serverInMemory(500);
    const device = `device-${Math.random()}`;
    // Written while the clock was 80 s fast; the device restarts 50 s fast, which it does not correct.
    const fast = await openDevice(80_000, device);
    await loadSampleTrip(fast);
    await enqueueTrip(fast, SAMPLE_TRIP_ID);
    await fast.db.outbox.toCollection().modify({ sending: true });
    fast.db.close();
    const reopened = await openDevice(50_000, device);

    await syncTrip(reopened, memory.server, SAMPLE_TRIP_ID);

    expect(await reopened.db.outbox.count()).toBe(0);
    const latest = Math.max(...memory.log.map((change) => parseHlc(change.hlc).millis));
    expect(latest).toBeLessThanOrEqual(Date.now() + MAX_SKEW_MS);
  });

  it('keeps the correction across a restart, before it reaches the server again', async () => {
    const memory = serverInMemory();
    const name = `fast-${Math.random()}`;
    const fast = await openDevice(THREE_HOURS, name);
    await loadSampleTrip(fast);
    await enqueueTrip(fast, SAMPLE_TRIP_ID);
    await syncTrip(fast, memory.server, SAMPLE_TRIP_ID);
    fast.db.close();

    const again = await openDevice(THREE_HOURS, name);
    const { as, key } = await fukuokaAnswer(again, 0);
    const saved = await saveAnswer(as, key, '다시 켠 뒤', 'ko');
    expect(Math.abs(parseHlc(saved.hlc).millis - Date.now())).toBeLessThan(60_000);
  });

  it('an edit over another device’s change stays after it when stamped afresh, and is not taken for a conflict', async () => {
    const memory = serverInMemory(500);
    // Four minutes fast: within what the server takes, so its answer keeps a stamp ahead of the real time.
    const right = await openDevice(4 * 60 * 1000);
    await loadSampleTrip(right);
    await enqueueTrip(right, SAMPLE_TRIP_ID);
    const mine = await fukuokaAnswer(right, 0);
    await saveAnswer(mine.as, mine.key, '주최자의 답', 'ko');
    await syncTrip(right, memory.server, SAMPLE_TRIP_ID);

    // Two hours fast and not yet told (the trip came by another way): it edits the organiser's answer.
    const fast = await openDevice(2 * 60 * 60 * 1000);
    await applyRemote(fast, memory.log);
    const theirs = await fukuokaAnswer(fast, 0);
    await saveAnswer(theirs.as, theirs.key, '주최자의 답, 고침', 'ko');

    await syncTrip(fast, memory.server, SAMPLE_TRIP_ID);
    await syncTrip(right, memory.server, SAMPLE_TRIP_ID);

    expect(await textOf(right, mine.key.memberId)).toBe('주최자의 답, 고침');
    expect(await textOf(fast, mine.key.memberId)).toBe('주최자의 답, 고침');
    expect(mergeAll(memory.log).lost.size).toBe(0);
    expect(await right.db.lostChanges.count()).toBe(0);
  });

  it('written after a file for a member while fast, then stamped afresh behind that file’s clock: the next file for them holds it', async () => {
    const fast = await openDevice(THREE_HOURS);
    await loadSampleTrip(fast);
    await enqueueTrip(fast, SAMPLE_TRIP_ID);
    const first = await fukuokaAnswer(fast, 0);
    const [, kim] = await listMembers(fast.db, SAMPLE_TRIP_ID);
    if (!kim) throw new Error('no member');
    await saveAnswer(first.as, first.key, '파일에 담은 답', 'ko');
    const forKim = await exportTrip(first.as, SAMPLE_TRIP_ID, async () => {}, { kind: 'changes' });
    await markExportedTo(fast.db, SAMPLE_TRIP_ID, kim.id, { ...forKim.reached, at: new Date().toISOString() });
    const after = await fukuokaAnswer(fast, 2);
    const later = await saveAnswer(after.as, after.key, '파일 뒤에 쓴 답', 'ko');

    // The device learns its clock is fast (its server said so) and stamps afresh what never left it.
    fast.ctx.clock.correct(-THREE_HOURS);
    await restampUnsent(fast);
    const restamped = (await fast.db.outbox.toArray())
      .filter((change) => change.recordId === later.id)
      .map((change) => change.hlc);
    expect(restamped.map((stamp) => Math.abs(parseHlc(stamp).millis - Date.now()) < 60_000)).toContain(true);
    const since = await lastExportTo(fast.db, SAMPLE_TRIP_ID, kim.id);
    expect(restamped.every((stamp) => (since?.clock ?? '') < stamp)).toBe(true);

    const pieces: Uint8Array[] = [];
    await exportTrip(first.as, SAMPLE_TRIP_ID, async (chunk) => void pieces.push(chunk.slice()), {
      kind: 'changes',
      since,
    });
    async function* read() {
      yield* pieces;
    }
    const { pages } = await readTripFile(read(), async () => {});
    expect(pages.flatMap((page) => page.changes.map((change) => (change as { recordId: string }).recordId))).toContain(
      later.id,
    );
  });
});
