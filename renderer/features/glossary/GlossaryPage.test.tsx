import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { listGlossaryTerms } from '../../data/records/glossaryTerms';
import { GlossaryPage } from './GlossaryPage';

describe('the glossary screen', () => {
  it('shows the sample trip’s glossary from the seed, adds a term, edits it, deletes it and undoes the deletion', async () => {
    const { store, trip } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', store, <GlossaryPage tripId={trip.id} />);
    const user = userEvent.setup();

    expect(await screen.findByText('科学技術庁')).toBeTruthy();
    expect(screen.getByText('과학기술처')).toBeTruthy();
    expect(screen.getByText('通商産業省')).toBeTruthy();

    const form = screen.getByRole('form', { name: '새 용어' });
    await user.click(within(form).getByRole('button', { name: '추가' }));
    expect(within(form).getByRole('alert').textContent).toBe('용어를 한 가지 언어 이상으로 적어 주세요.');
    await user.type(within(form).getByLabelText('한국어'), '자치성');
    await user.type(within(form).getByLabelText('일본어'), '自治省');
    await user.type(within(form).getByLabelText('메모'), '지방자치 담당 부처');
    await user.click(within(form).getByRole('button', { name: '추가' }));
    expect(await screen.findByText('自治省')).toBeTruthy();
    expect((await listGlossaryTerms(store.db, trip.id)).at(-1)?.term).toEqual({ ko: '자치성', ja: '自治省' });

    await user.click(screen.getByRole('button', { name: '자치성 편집' }));
    const edit = screen.getByRole('form', { name: '자치성 편집' });
    await user.type(within(edit).getByLabelText('영어'), 'Ministry of Home Affairs');
    await user.click(within(edit).getByRole('button', { name: '저장' }));
    expect(await screen.findByText('Ministry of Home Affairs')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '자치성 삭제' }));
    expect(await screen.findByText('용어 “자치성”을 삭제했습니다')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('自治省')).toBeNull());
    await user.click(screen.getByRole('button', { name: /되돌리기/ }));
    expect(await screen.findByText('自治省')).toBeTruthy();
    expect((await listGlossaryTerms(store.db, trip.id)).at(-1)?.term.en).toBe('Ministry of Home Affairs');
  });
});
