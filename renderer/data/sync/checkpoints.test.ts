import { answerId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Checkpoint, fromBase64, isCheckpoint, textOf } from '@shared/sync/texts';
import { describe, expect, it } from 'vitest';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import type { Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { makeCheckpoints } from './checkpoints';
import { syncTrip } from './syncTrip';

/** The organiser's device and a member's, and the answer key of one of the member's answers. */
async function twoDevices() {
  const devices = await organiserAndMember();
  const [question] = await listQuestions(devices.organiser.db, SAMPLE_TRIP_ID);
  const [visit] = await listItinerary(devices.organiser.db, SAMPLE_TRIP_ID);
  if (!question || !visit) throw new Error('no trip');
  const keyOf = (memberId: string) => ({
    tripId: SAMPLE_TRIP_ID,
    visitId: visit.id,
    questionId: question.id,
    memberId,
  });
  return { ...devices, keyOf };
}

/** Types an answer in `saves` saves, each synced as the app syncs shortly after a change. */
async function typeAnswer(
  store: Store,
  key: ReturnType<Awaited<ReturnType<typeof twoDevices>>['keyOf']>,
  saves: number,
  sync: () => Promise<unknown>,
) {
  let text = '';
  for (let save = 0; save < saves; save++) {
    text += ` ${save + 1}. 현 예산의 1/4~1/5.`;
    await saveAnswer(store, key, text, 'ko');
    await sync();
  }
  return text;
}

describe('checkpoints of texts saved many times', () => {
  it('are made by the organiser’s device for a member’s answer, naming the member as its last writer', async () => {
    const { server, log, organiser, member, keyOf, memberId } = await twoDevices();
    const key = keyOf(memberId);
    const text = await typeAnswer(member, key, 10, () => syncTrip(member, server, SAMPLE_TRIP_ID));
    // The member's device vouches for nothing: only the organisers do.
    expect(log.filter((change) => isCheckpoint(change.value))).toEqual([]);
    const before = log.length;
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const made = log.slice(before);
    expect(made).toHaveLength(1);
    const [checkpoint] = made;
    const value = checkpoint?.value as Checkpoint;
    expect(isCheckpoint(value)).toBe(true);
    expect(textOf(fromBase64(value.yjs))).toBe(text);
    // It stands for the log as the organiser's device had pulled it, and names the member's last save.
    expect(value.upTo).toBe(before);
    const lastSave = log
      .slice(0, before)
      .filter((change) => change.recordId === checkpoint?.recordId)
      .at(-1);
    expect(value.head).toMatchObject({ id: lastSave?.id, hlc: lastSave?.hlc, memberId });
    // Sent back to both devices, it changes nothing they show, nor who wrote the answer last.
    const answer = async (store: Store) =>
      store.db.checklistAnswers.get(answerId(key.visitId, key.questionId, memberId));
    const shown = await answer(member);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    expect(await answer(member)).toEqual(shown);
    expect(await answer(organiser)).toEqual(shown);
    expect(shown?.updatedBy.memberId).toBe(memberId);
  });

  it('leave a text alone while a change of it waits to be sent', async () => {
    const { server, log, organiser, member, keyOf, memberId } = await twoDevices();
    const key = keyOf(memberId);
    await typeAnswer(member, key, 10, () => syncTrip(member, server, SAMPLE_TRIP_ID));
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    // The organiser corrects the answer and has not synced yet: its state holds what the server lacks.
    await typeAnswer(member, key, 10, () => syncTrip(member, server, SAMPLE_TRIP_ID));
    await saveAnswer(organiser, key, '주최자가 고친 답', 'ko');
    expect(await makeCheckpoints(organiser, server, SAMPLE_TRIP_ID)).toBe(0);
    // Once the correction is on the server and the member's saves are here, the text has its checkpoint.
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const last = log.at(-1)?.value;
    if (!isCheckpoint(last)) throw new Error('no checkpoint sent');
    expect(textOf(fromBase64(last.yjs))).toContain('주최자가 고친 답');
  });

  it('are not asked about by a sync that moved no change, as an idle device syncs every few minutes', async () => {
    const { server, organiser, member, keyOf, memberId } = await twoDevices();
    await typeAnswer(member, keyOf(memberId), 10, () => syncTrip(member, server, SAMPLE_TRIP_ID));
    let asked = 0;
    const counting = {
      ...server,
      checkpoints: (tripId: string) => {
        asked += 1;
        return server.checkpoints(tripId);
      },
    };
    // The sync that pulls the member's saves asks, and stands for the answer.
    await syncTrip(organiser, counting, SAMPLE_TRIP_ID);
    expect(asked).toBeGreaterThan(0);
    // The next brings the checkpoint back; the one after moves nothing.
    await syncTrip(organiser, counting, SAMPLE_TRIP_ID);
    asked = 0;
    const idle = await syncTrip(organiser, counting, SAMPLE_TRIP_ID);
    expect(idle.sent + idle.received).toBe(0);
    expect(asked).toBe(0);
    // Once the member saves again, the organiser's next sync pulls it and asks again.
    await saveAnswer(member, keyOf(memberId), '다시 고친 답', 'ko');
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, counting, SAMPLE_TRIP_ID);
    expect(asked).toBeGreaterThan(0);
  });
});
