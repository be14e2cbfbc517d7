import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { VisitsSection } from './VisitsSection';

describe('the trip’s visits', () => {
  it('lists every item notes are taken at: visits, lectures and meetings', async () => {
    const { base, trip } = await sampleVisit('岐阜県庁');
    await renderWithStore('ko', base, <VisitsSection trip={trip} />);
    const list = await screen.findByRole('region', { name: '방문·강연·회의' });
    expect(within(list).getByText('후쿠오카현청')).toBeTruthy();
    expect(within(list).getByText('강연 2: 산학 공동연구와 리서치파크')).toBeTruthy();
    expect(within(list).getByText('연수단 정리 회의')).toBeTruthy();
  });
});
