import { VERSION_PAUSE_MS } from '@shared/notes/versions';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { AUTOSAVE_DELAY_MS } from '../../components/autosave/useAutosave';
import { asMember } from '../../data/database/store';
import { listVisitAnswers, saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { ChecklistSection } from './ChecklistSection';

async function setUp() {
  const visit = await sampleVisit('岐阜県庁');
  return { ...visit, questions: await listQuestions(visit.base.db, SAMPLE_TRIP_ID) };
}

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('checklist at a visit', () => {
  it('saves the member’s own answer as typed, beside the other members’ answers', async () => {
    const { base, store, trip, visit, members, questions, me, other } = await setUp();
    const budget = questions[3];
    if (!budget) throw new Error('no budget question');
    await saveAnswer(
      asMember(base, other.id),
      { tripId: trip.id, visitId: visit.id, questionId: budget.id, memberId: other.id },
      '県の一般財源',
      'ja',
    );

    await renderWithStore(
      'ko',
      base,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={me.id} store={store} writer={null} />,
    );
    const card = (await screen.findByText('지자체의 과학기술예산은 어떻게 조달되고 있는가?')).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('제주도 과학기술전문위원')).toBeTruthy();
    expect(within(card).getByText('県の一般財源')).toBeTruthy();
    // Each question's other answers are a region of its own, named apart for a screen reader's list of landmarks.
    const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'));
    expect(regions.filter((name) => name?.startsWith('다른 단원의 답변'))).toHaveLength(questions.length);
    expect(new Set(regions).size).toBe(regions.length);

    await userEvent.setup().type(within(card).getByLabelText('내 답변'), '현 예산과 국비 매칭');
    await pause(AUTOSAVE_DELAY_MS + 200);
    const answers = await listVisitAnswers(base.db, visit.id);
    expect(answers.find((answer) => answer.memberId === me.id)?.body).toMatchObject({
      text: '현 예산과 국비 매칭',
      lang: 'ko',
    });
  });

  it('names the other members in the reader’s script: their names for the hosts on a Japanese screen', async () => {
    const { base, store, trip, visit, members, questions, me, other } = await setUp();
    const budget = questions[3];
    if (!budget) throw new Error('no budget question');
    expect(other.nameForHosts).not.toBe('');
    await saveAnswer(
      asMember(base, other.id),
      { tripId: trip.id, visitId: visit.id, questionId: budget.id, memberId: other.id },
      '県の一般財源',
      'ja',
    );
    await renderWithStore(
      'ja',
      base,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={me.id} store={store} writer={null} />,
    );
    const answer = (await screen.findByText('県の一般財源')).closest('.answer') as HTMLElement;
    expect(within(answer).getByText(other.nameForHosts)).toBeTruthy();
    expect(within(answer).queryByText(other.name)).toBeNull();
  });

  it('shows an answer’s history with who wrote each version, and restores an earlier one', async () => {
    const { base, store, trip, visit, members, questions, me, later } = await setUp();
    const first = questions[0];
    if (!first) throw new Error('no first question');
    const key = { tripId: trip.id, visitId: visit.id, questionId: first.id, memberId: me.id };
    await saveAnswer(store, key, '현과 국가의 역할 분담', 'ko');
    later(VERSION_PAUSE_MS + 1000);
    await saveAnswer(store, key, '현과 국가의 역할 분담 (다음 날 수정: 기술진흥과 담당)', 'ko');

    await renderWithStore(
      'ko',
      base,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={me.id} store={store} writer={null} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /이력: 중앙정부와의 협력/ }));
    const dialog = await screen.findByRole('dialog', { name: '이력' });
    expect(await within(dialog).findAllByText(/강원도 과학기술전문위원 · /)).toHaveLength(2);
    expect(within(dialog).getByText('현재')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: '이 버전으로 되돌리기' }));
    await pause(50);
    const answer = (await listVisitAnswers(base.db, visit.id)).find((a) => a.questionId === first.id);
    expect(answer?.body.text).toBe('현과 국가의 역할 분담');
  });
});
