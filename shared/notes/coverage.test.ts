import { describe, expect, it } from 'vitest';
import { newId } from '../model';
import { coverageOf, isGap } from './coverage';

const [fukuoka, gifu] = [newId(), newId()];
const [budget, universities] = [newId(), newId()];
const [kim, lee] = [newId(), newId()];
const answer = (visitId: string, questionId: string, memberId: string, text: string) => ({
  visitId,
  questionId,
  memberId,
  body: { lang: 'ko' as const, text, translations: {} },
});

describe('coverage matrix', () => {
  const coverage = coverageOf(
    [{ id: fukuoka }, { id: gifu }],
    [{ id: budget }, { id: universities }],
    [
      answer(fukuoka, budget, kim, '현 예산의 1/4~1/5'),
      answer(fukuoka, budget, lee, '과학기술심의회 지침'),
      answer(fukuoka, budget, lee, '같은 사람의 두 번째 답'),
      answer(fukuoka, universities, kim, '   '),
      answer(newId(), budget, kim, '다른 방문'),
    ],
    [{ id: 'qa-1', visitId: fukuoka, checklistQuestionIds: [universities] }],
  );

  it('counts each member who answered once, and ignores blank answers', () => {
    expect(coverage.get(fukuoka)?.get(budget)?.memberIds).toEqual([kim, lee]);
    expect(coverage.get(fukuoka)?.get(universities)?.memberIds).toEqual([]);
  });

  it('counts Q&A notes marked as helping to answer a question', () => {
    expect(coverage.get(fukuoka)?.get(universities)?.qaNoteIds).toEqual(['qa-1']);
  });

  it('shows the gaps: no answer and no Q&A note', () => {
    const gaps = [fukuoka, gifu].flatMap((visit) =>
      [budget, universities].filter((q) => {
        const cell = coverage.get(visit)?.get(q);
        return cell && isGap(cell);
      }),
    );
    expect(gaps).toEqual([budget, universities]);
  });
});
