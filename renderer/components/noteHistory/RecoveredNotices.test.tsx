import type { Language } from '@shared/i18n/languages';
import { answerId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { keepRecoveredVersion, noteContent } from '../../data/history/noteVersions';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { writeTransaction } from '../../data/writes/writes';
import { RecoveredNotices } from './RecoveredNotices';

/** The Gangwon member's answer at Gifu, with text they typed before a crash kept aside: the answer changed since. */
async function answerWithRecoveredText() {
  const visit = await sampleVisit('岐阜県庁');
  const { base, store, me } = visit;
  const [question] = await listQuestions(base.db, SAMPLE_TRIP_ID);
  if (!question) throw new Error('no question');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.visit.id, questionId: question.id, memberId: me.id };
  await saveAnswer(store, key, '현이 기획', 'ko');
  const id = answerId(visit.visit.id, question.id, me.id);
  const answer = await base.db.checklistAnswers.get(id);
  if (!answer) throw new Error('no answer');
  const typed = { ...noteContent(answer), body: { ...answer.body, text: '현이 기획, 국가가 지원' } };
  await writeTransaction(base.db, [base.db.noteVersions], () =>
    keepRecoveredVersion(store, { table: 'checklistAnswers', tripId: SAMPLE_TRIP_ID, recordId: id }, typed, {
      typedAt: '1996-10-24T01:30:00Z',
      basedOn: null,
    }),
  );
  return { ...visit, id };
}

async function noticeIn(language: Language) {
  const { base, store, members, me, id } = await answerWithRecoveredText();
  await renderWithStore(
    language,
    base,
    <RecoveredNotices recordId={id} table="checklistAnswers" members={members} store={store} />,
  );
  const said = await screen.findByText(/1996/);
  return { notice: said.closest('.recovered-notice') as HTMLElement, me };
}

describe('the notice of text kept aside after a crash', () => {
  it('names who typed it in the reader’s script: their name for the hosts on a Japanese screen', async () => {
    const { notice, me } = await noticeIn('ja');
    expect(me.nameForHosts).not.toBe('');
    // The trip, which says which language the name for the hosts is in, may come after the notice.
    await waitFor(() => expect(notice.textContent).toMatch(new RegExp(`^${me.nameForHosts}さんが1996`)));
    expect(notice.textContent).not.toContain(me.name);
  });

  it('names them as the delegation writes them on a Korean screen', async () => {
    const { notice, me } = await noticeIn('ko');
    expect(notice.textContent).toContain(me.name);
    expect(notice.textContent).not.toContain(me.nameForHosts);
  });
});
