import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { PrintItineraryPage } from './PrintItineraryPage';

describe('the printed itinerary', () => {
  it('gives the organiser, an address and a place in each column’s language, never the other’s', async () => {
    const { base } = await sampleVisit('福岡県庁');
    await renderWithStore('ja', base, <PrintItineraryPage tripId={SAMPLE_TRIP_ID} />);
    const organiser = await screen.findByText('科学技術政策管理研究所（STEPI）科学技術国際協力団');
    expect(organiser.getAttribute('lang')).toBe('ja');
    expect(organiser.closest('p')?.textContent).toBe('主催: 科学技術政策管理研究所（STEPI）科学技術国際協力団');
    expect(screen.getByText('과학기술정책관리연구소 (STEPI) 과학기술국제협력단').getAttribute('lang')).toBe('ko');

    expect(screen.getByText('福岡県福岡市博多区東公園7-7').closest('[lang="ja"].print-item')).toBeTruthy();
    expect(
      screen.getByText('후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7').closest('[lang="ko"].print-item'),
    ).toBeTruthy();
    expect(screen.getAllByText('博多駅')[0]?.closest('[lang="ja"].print-item')).toBeTruthy();
    expect(screen.getAllByText('하카타역')[0]?.closest('[lang="ko"].print-item')).toBeTruthy();
  });
});
