import type { RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { factsOfRecord, refusalOf } from '@shared/sync/permissions';
import { describe, expect, it } from 'vitest';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import type { Store } from '../database/store';
import { writerAs } from '../device/writer';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { enqueueTrip } from './publishTrip';

/** The changes waiting on the device that the roles refuse its member, as the server would judge them. */
async function refusedOf(store: Store, memberId: RecordId) {
  const writer = await writerAs(store.db, { memberId, organiser: false });
  const refused: string[] = [];
  for (const change of await store.db.outbox.toArray()) {
    const record = await store.db.table(change.table).get(change.recordId);
    if (record && refusalOf(writer, change, factsOfRecord(change.table, record)))
      refused.push(`${change.table}/${change.path}`);
  }
  return refused;
}

describe('sending a whole trip again', () => {
  it('from a member’s device joining again, sends only what the member may write: the organiser’s texts stay theirs', async () => {
    const { member, memberId } = await organiserAndMember();
    const [question] = await listQuestions(member.db, SAMPLE_TRIP_ID);
    const [visit] = (await listItinerary(member.db, SAMPLE_TRIP_ID)).filter((item) => item.kind === 'visit');
    if (!question || !visit) throw new Error('the sample trip has no visit or no question');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId };
    const written = await saveAnswer(member, key, '아직 보내지 않은 답', 'ko');
    // Joining, before its connection is saved: the member it joins as decides.
    const waiting = await enqueueTrip(member, SAMPLE_TRIP_ID, { memberId, organiser: false });
    expect(waiting).toBeGreaterThan(0);
    expect(await refusedOf(member, memberId)).toEqual([]);
    // What the log holds whole, signed by its writers, is not sent again as this member's.
    const waitingNow = await member.db.outbox.toArray();
    expect(new Set(waitingNow.map((change) => change.table))).toEqual(new Set(['checklistAnswers', 'noteVersions']));
    expect(
      new Set(waitingNow.filter((change) => change.table === 'checklistAnswers').map((change) => change.recordId)),
    ).toEqual(new Set([written.id]));
  });
});
