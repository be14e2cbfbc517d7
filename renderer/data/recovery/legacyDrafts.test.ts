import { answerId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { isUnresolvedRecovery, listVersions } from '../history/noteVersions';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { composerDraftKey, listQaNotes } from '../records/qaNotes';
import { importLegacyDrafts } from './legacyDrafts';
import { recoverNoteDrafts } from './noteDrafts';

afterEach(() => localStorage.clear());

describe('drafts an earlier version kept in localStorage', () => {
  it('come into the database once: a note’s text never over a saved note, forms offered, the composer kept', async () => {
    const { base, store, visit, me, other } = await sampleVisit('岐阜県庁');
    const [first, second] = await listQuestions(base.db, SAMPLE_TRIP_ID);
    if (!first || !second) throw new Error('no questions');
    const key = (questionId: string, memberId: string) => ({
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      questionId,
      memberId,
    });
    await saveAnswer(store, key(first.id, me.id), '저장된 더 새로운 답변', 'ko');
    // What the earlier version left: its journal (possibly stale), a composer draft and a form draft.
    localStorage.setItem(
      `fieldbook.unsaved.answer:${visit.id}:${first.id}:${me.id}`,
      JSON.stringify({ value: '예전 답변' }),
    );
    localStorage.setItem(
      `fieldbook.unsaved.answer:${visit.id}:${second.id}:${other.id}`,
      JSON.stringify({ value: '아직 없던 답변' }),
    );
    localStorage.setItem(
      `fieldbook.draft.qa:${visit.id}`,
      JSON.stringify({ question: { lang: 'ko', text: '다음 질문', translations: {} } }),
    );
    localStorage.setItem(`fieldbook.draft.trip:${SAMPLE_TRIP_ID}`, JSON.stringify({ organiser: '경기도청' }));
    localStorage.setItem('i18nextLng', 'ko');

    await importLegacyDrafts(base, 'ko');
    await recoverNoteDrafts(base, new Set());

    const saved = await base.db.checklistAnswers.get(answerId(visit.id, first.id, me.id));
    expect(saved?.body.text).toBe('저장된 더 새로운 답변');
    const recovered = (await listVersions(base.db, answerId(visit.id, first.id, me.id))).filter(isUnresolvedRecovery);
    expect(recovered.map((version) => (version.content.body as { text: string }).text)).toEqual(['예전 답변']);
    expect((await base.db.checklistAnswers.get(answerId(visit.id, second.id, other.id)))?.body.text).toBe(
      '아직 없던 답변',
    );
    expect((await base.db.drafts.get(composerDraftKey(visit.id)))?.value).toMatchObject({
      fields: { question: { text: '다음 질문' } },
    });
    expect(await base.db.drafts.get(`form:trips:${SAMPLE_TRIP_ID}`)).toMatchObject({
      kind: 'form',
      value: { organiser: '경기도청' },
    });
    expect(Object.keys(localStorage)).toEqual(['i18nextLng']);
  });

  it('drops a composer entry of a Q&A note already added, so that it is never added twice', async () => {
    const { base, visit } = await sampleVisit('福岡県庁');
    const [added] = await listQaNotes(base.db, visit.id);
    if (!added) throw new Error('the sample has Q&A notes at Fukuoka');
    localStorage.setItem(
      `fieldbook.draft.qa:${visit.id}`,
      JSON.stringify({ question: added.question, answer: added.answer, askedBy: null, answeredBy: null }),
    );
    await importLegacyDrafts(base, 'ko');
    expect(await base.db.drafts.get(composerDraftKey(visit.id))).toBeUndefined();
    expect(Object.keys(localStorage)).toEqual([]);
  });
});
