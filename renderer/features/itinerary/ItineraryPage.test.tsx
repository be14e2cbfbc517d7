import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mixedZoneTrip } from '../../../test/fixtures/mixedZoneTrip';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { saveConnection } from '../../data/device/syncConnections';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
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

describe('the itinerary on a member’s device', () => {
  it('offers no way to plan: no adding, to the trip or to a day, no moving; it says why (Korean)', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const member = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((candidate) => candidate.role === 'member');
    if (!member) throw new Error('no member');
    await saveConnection(store, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: member.id,
      organiser: false,
      fingerprint: null,
    });
    await renderWithStore('ko', store, <ItineraryPage tripId={SAMPLE_TRIP_ID} />);

    await screen.findByText('연수 주최자만 바꿀 수 있습니다.');
    await screen.findAllByRole('link', { name: '구마모토현청' });
    expect(screen.queryAllByRole('link', { name: /일정 추가/ })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: /옮기기|전날로|다음 날로|위로|아래로|되돌리기/ })).toEqual([]);
  });
});
