import { answerId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { loadSampleTrip } from '../records/sampleTrip';
import { type Mutated, onMutations } from './mutations';
import { asMember } from './store';

describe('writes told after they commit', () => {
  it('names the records a note’s save wrote, once it is stored, and nothing of a write rolled back', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(store.db, SAMPLE_TRIP_ID);
    const [member] = await listMembers(store.db, SAMPLE_TRIP_ID);
    if (!question || !visit || !member) throw new Error('No sample');
    const told: Mutated[][] = [];
    const stop = onMutations(store.db, (mutated) => told.push([...mutated]));

    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    await saveAnswer(asMember(store, member.id), key, '현 예산의 1/4~1/5', 'ko');
    const answers = told.flat().filter((mutated) => mutated.table === 'checklistAnswers');
    expect(answers.flatMap((mutated) => mutated.keys ?? [])).toContain(answerId(visit.id, question.id, member.id));
    // Told when the transaction had committed: the answer is there to be read.
    expect((await store.db.checklistAnswers.get(answerId(visit.id, question.id, member.id)))?.body.text).toBe(
      '현 예산의 1/4~1/5',
    );

    told.length = 0;
    await expect(
      store.db.transaction('rw', store.db.members, async () => {
        await store.db.members.put({ ...member, name: '되돌려질 이름' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(told).toEqual([]);

    stop();
    await saveAnswer(asMember(store, member.id), key, '다시', 'ko');
    expect(told).toEqual([]);
  });
});
