import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { AUTOSAVE_DELAY_MS } from '../../components/autosave/useAutosave';
import { asMember } from '../../data/database/store';
import { listVisitAnswers, saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { ChecklistSection } from './ChecklistSection';

/** Each answer's "recorded for" line as it is drawn: who the answer is from, one entry a render. */
const drawn = vi.hoisted(() => [] as (string | null)[]);
vi.mock('./RecordedFor', () => ({
  RecordedFor: ({ owner }: { owner: string | null }) => {
    drawn.push(owner);
    return null;
  },
}));

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

beforeEach(() => {
  drawn.length = 0;
});

describe('the checklist while the member types', () => {
  it('draws again only the card typed into: another question’s answers are not drawn at each save', async () => {
    const { base, store, trip, visit, members, me, other } = await sampleVisit('岐阜県庁');
    const [first, second] = await listQuestions(base.db, trip.id);
    if (!first || !second) throw new Error('no questions');
    const key = { tripId: trip.id, visitId: visit.id, memberId: other.id };
    await saveAnswer(asMember(base, other.id), { ...key, questionId: second.id }, '県の一般財源', 'ja');

    await renderWithStore(
      'ko',
      base,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={me.id} store={store} writer={null} />,
    );
    await screen.findByText('県の一般財源');
    await pause(100);
    const before = drawn.filter((owner) => owner === other.id).length;
    expect(before).toBeGreaterThan(0);

    const card = document.getElementById(`q-${first.id}`) as HTMLElement;
    const user = userEvent.setup();
    // Two stretches of typing, each saved after its pause.
    await user.type(within(card).getByLabelText('내 답변'), '현과 국가의 역할');
    await pause(AUTOSAVE_DELAY_MS + 200);
    await user.type(within(card).getByLabelText('내 답변'), ' 분담');
    await pause(AUTOSAVE_DELAY_MS + 200);

    const mine = (await listVisitAnswers(base.db, visit.id)).find(
      (answer) => answer.memberId === me.id && answer.questionId === first.id,
    );
    expect(mine?.body.text).toBe('현과 국가의 역할 분담');
    // The member's own answer's line was drawn (the card typed into), the other question's answer's never again.
    expect(drawn.filter((owner) => owner === me.id).length).toBeGreaterThan(0);
    expect(drawn.filter((owner) => owner === other.id).length).toBe(before);
  });

  it('still shows another member’s answer as it arrives, in the card it belongs to', async () => {
    const { base, store, trip, visit, members, me, other } = await sampleVisit('岐阜県庁');
    const [, second] = await listQuestions(base.db, trip.id);
    if (!second) throw new Error('no second question');
    await renderWithStore(
      'ko',
      base,
      <ChecklistSection trip={trip} visit={visit} members={members} memberId={me.id} store={store} writer={null} />,
    );
    const card = await waitFor(() => {
      const found = document.getElementById(`q-${second.id}`);
      if (!found) throw new Error('not drawn yet');
      return found;
    });
    const key = { tripId: trip.id, visitId: visit.id, questionId: second.id, memberId: other.id };
    await act(() => saveAnswer(asMember(base, other.id), key, '県の一般財源', 'ja'));
    expect(await within(card).findByText('県の一般財源')).toBeTruthy();
    await act(() => saveAnswer(asMember(base, other.id), key, '県の一般財源と国の補助金', 'ja'));
    expect(await within(card).findByText('県の一般財源と国の補助金')).toBeTruthy();
  });
});
