import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mixedZoneTrip } from '../../../test/fixtures/mixedZoneTrip';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { ItineraryPage } from './ItineraryPage';

async function dayRows(language: 'ko' | 'ja', heading: RegExp) {
  const { store, trip } = await mixedZoneTrip();
  await renderWithStore(language, store, <ItineraryPage tripId={trip.id} />);
  const day = (await screen.findByRole('heading', { name: heading })).closest('section');
  if (!day) throw new Error('no day section');
  return within(day).getAllByRole('row').slice(1);
}

describe('the itinerary table, on a day that mixes zones', () => {
  it('lists the Tokyo call at 15:30 before the Taipei visit at 15:00 (16:00 in Tokyo), each at its own clock, in Korean', async () => {
    const rows = await dayRows('ko', /3월 11일/);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '오사카 → 타이베이大阪 → 台北',
      '도쿄 본부 화상회의東京本部とのオンライン会議',
      '타이베이시 정부台北市政府',
    ]);
    expect(rows[1]?.querySelector('.itinerary-row__time')?.textContent).toMatch(/^오후 3:30 – 오후 4:00/);
    expect(rows[2]?.querySelector('.itinerary-row__time')?.textContent).toMatch(/^오후 3:00 \S+ 표준시 – 오후 5:00/);
  });

  it('offers up and down only for items without a time: a timed item’s place is its time, in Japanese', async () => {
    const rows = await dayRows('ja', /3月11日/);
    const visit = rows[2];
    if (!visit) throw new Error('no visit row');
    expect(within(visit).queryByRole('button', { name: '「台北市政府」を上へ' })).toBeNull();
    expect(within(visit).getByRole('button', { name: '「台北市政府」を前日へ' })).toBeTruthy();
    expect(screen.getByText(/時刻のある予定は実際に起こる順に/)).toBeTruthy();
  });
});
