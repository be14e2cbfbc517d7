import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions, retireQuestion } from '../../data/records/checklistQuestions';
import { listItinerary } from '../../data/records/itineraryItems';
import { CoveragePage } from './CoveragePage';

const gifuRow = () => screen.getByRole('rowheader', { name: /기후현청/ }).closest('tr') as HTMLElement;

describe('coverage matrix', () => {
  it('counts the members who answered and the Q&A notes per visit and question, and marks the gaps', async () => {
    const { base, store, visit, me, trip } = await sampleVisit('岐阜県庁');
    const questions = await listQuestions(base.db, SAMPLE_TRIP_ID);
    await renderWithStore('ko', base, <CoveragePage tripId={trip.id} />);

    // Ten items that take notes (six visits, three lectures, a meeting) by six questions; Fukuoka's notes fill its six.
    expect(await screen.findByText('빈 칸 54개')).toBeTruthy();
    const fukuoka = screen.getByRole('rowheader', { name: /후쿠오카현청/ }).closest('tr') as HTMLElement;
    expect(
      within(fukuoka).getByRole('link', { name: /후쿠오카현청, 4: 17명 중 2명 답변 및 질의응답 2건/ }),
    ).toBeTruthy();
    expect(within(gifuRow()).getAllByRole('link', { name: /아직 없음$/ })).toHaveLength(6);

    const first = questions[0];
    if (!first) throw new Error('no question');
    await saveAnswer(
      store,
      { tripId: trip.id, visitId: visit.id, questionId: first.id, memberId: me.id },
      '국비 매칭',
      'ko',
    );
    expect(await screen.findByText('빈 칸 53개')).toBeTruthy();
    const cell = within(gifuRow()).getByRole('link', { name: /기후현청, 1: 17명 중 1명 답변/ });
    expect(cell.getAttribute('href')).toContain(`/visits/${visit.id}/checklist/${first.id}`);
  });

  it('says a cell’s counts as each language lists them: 、 in Japanese, never an ASCII comma', async () => {
    const { base, trip } = await sampleVisit('岐阜県庁');
    await renderWithStore('ja', base, <CoveragePage tripId={trip.id} />);
    const fukuoka = (await screen.findByRole('rowheader', { name: /福岡県庁/ })).closest('tr') as HTMLElement;
    expect(within(fukuoka).getByRole('link', { name: /福岡県庁、4：17名中2名が回答、質疑応答 2件$/ })).toBeTruthy();
    expect(within(fukuoka).queryByRole('link', { name: /,/ })).toBeNull();
  });

  it('leaves a retired question out of the matrix, without losing its answers', async () => {
    const { base, store, trip } = await sampleVisit('岐阜県庁');
    const [, , , budget] = await listQuestions(base.db, SAMPLE_TRIP_ID);
    if (!budget) throw new Error('no budget question');
    await retireQuestion(store, budget.id);
    await renderWithStore('ko', base, <CoveragePage tripId={trip.id} />);
    expect(await screen.findByText('빈 칸 45개')).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /과학기술예산/ })).toBeNull();
  });

  it('counts notes taken at a lecture or a meeting, as at a visit', async () => {
    const { base, store, trip, me } = await sampleVisit('岐阜県庁');
    const [first] = await listQuestions(base.db, SAMPLE_TRIP_ID);
    const lecture = (await listItinerary(base.db, trip.id)).find((item) => item.kind === 'lecture');
    if (!first || !lecture) throw new Error('the sample has lectures');
    await saveAnswer(
      store,
      { tripId: trip.id, visitId: lecture.id, questionId: first.id, memberId: me.id },
      '현의 역할',
      'ko',
    );
    await renderWithStore('ko', base, <CoveragePage tripId={trip.id} />);
    const row = (await screen.findByRole('rowheader', { name: /강연 1: 일본의 지역 과학기술 진흥 정책/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByRole('link', { name: /, 1: 17명 중 1명 답변/ })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /연수단 정리 회의/ })).toBeTruthy();
  });
});
