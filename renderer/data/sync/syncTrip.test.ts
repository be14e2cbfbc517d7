import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { fromBase64, isTextUpdate, mergeUpdates, textOf } from '@shared/sync/texts';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { asMember, type Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { pulledUpTo, syncTrip } from './syncTrip';

async function asAnswerer(store: Store, index: number) {
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const member = members[index];
  const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID))[0];
  if (!member || !question || !visit) throw new Error('the trip has not arrived');
  return {
    as: asMember(store, member.id),
    key: { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id },
  };
}

describe('syncing a trip', () => {
  it('brings a new device the whole trip, page by page, and each member’s answers to the others', async () => {
    const { server } = serverInMemory();
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const first = await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    expect(first.sent).toBeGreaterThan(500);
    expect(await organiser.db.outbox.count()).toBe(0);

    const member = await openTestStore();
    const progress: { received: number; toReceive: number | null }[] = [];
    await syncTrip(member, server, SAMPLE_TRIP_ID, ({ received, toReceive }) => progress.push({ received, toReceive }));
    expect(progress.length).toBeGreaterThan(10);
    // From the first page on, the device knows how much the whole trip is, for its progress bar.
    expect(new Set(progress.map((step) => step.toReceive))).toEqual(new Set([first.sent]));
    expect(progress.at(-1)?.received).toBe(first.sent);
    expect(await member.db.qaNotes.count()).toBe(await organiser.db.qaNotes.count());

    const a = await asAnswerer(organiser, 2);
    const b = await asAnswerer(member, 3);
    await saveAnswer(a.as, a.key, '조직자 기기에서', 'ko');
    await saveAnswer(b.as, b.key, '단원 기기에서', 'ko');
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    const texts = async (store: Store) => (await store.db.checklistAnswers.toArray()).map((x) => x.body.text).sort();
    expect(await texts(member)).toEqual(await texts(organiser));
    expect(await texts(member)).toEqual(expect.arrayContaining(['조직자 기기에서', '단원 기기에서']));
  });

  it('sends again what a cut connection may have lost, and the server keeps it once', async () => {
    const { server, log, cutAfterCommit } = serverInMemory();
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const a = await asAnswerer(organiser, 2);
    await saveAnswer(a.as, a.key, '끊겨도 남는다', 'ko');
    const before = log.length;
    const written = await organiser.db.outbox.count();
    cutAfterCommit();
    await expect(syncTrip(organiser, server, SAMPLE_TRIP_ID)).rejects.toMatchObject({ code: 'offline' });
    expect(await organiser.db.outbox.count()).toBeGreaterThan(0);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    expect(await organiser.db.outbox.count()).toBe(0);
    expect(log.length - before).toBe(written);
    expect(new Set(log.map((change) => change.id)).size).toBe(log.length);
    expect(await pulledUpTo(organiser, SAMPLE_TRIP_ID)).toBe(log.length);
  });

  // Three devices send a whole trip again and pull it again: some seconds, more on a busy machine.
  it('gives everything back to a server restored from a backup, from every device, and loses nothing', {
    timeout: 30_000,
  }, async () => {
    const { server, log, restoreBackup } = serverInMemory();
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const member = await openTestStore();
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    const backup = log.length;

    const a = await asAnswerer(organiser, 2);
    const b = await asAnswerer(member, 3);
    await saveAnswer(a.as, a.key, '백업 뒤 주최자가 쓴 답', 'ko');
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await saveAnswer(b.as, b.key, '백업 뒤 단원이 쓴 답', 'ko');
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    restoreBackup(backup);

    // Each device finds it has pulled past the server's log, sends all it holds and pulls from the start.
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const texts = async (store: Store) => (await store.db.checklistAnswers.toArray()).map((x) => x.body.text).sort();
    expect(await texts(organiser)).toEqual(expect.arrayContaining(['백업 뒤 주최자가 쓴 답', '백업 뒤 단원이 쓴 답']));
    expect(await texts(member)).toEqual(await texts(organiser));
    // On the server again: the updates of each answer's text make it.
    const updates = new Map<string, Uint8Array[]>();
    for (const change of log)
      if (change.path === 'body/text' && isTextUpdate(change.value))
        updates.set(change.recordId, [...(updates.get(change.recordId) ?? []), fromBase64(change.value.yjs)]);
    expect([...updates.values()].map((parts) => textOf(mergeUpdates(parts)))).toEqual(
      expect.arrayContaining(['백업 뒤 주최자가 쓴 답', '백업 뒤 단원이 쓴 답']),
    );
    expect(new Set(log.map((change) => change.id)).size).toBe(log.length);
    expect(await pulledUpTo(member, SAMPLE_TRIP_ID)).toBe(log.length);
    expect(await organiser.db.outbox.count()).toBe(0);
  });
});
