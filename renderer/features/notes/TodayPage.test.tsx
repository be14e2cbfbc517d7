import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mixedZoneTrip } from '../../../test/fixtures/mixedZoneTrip';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { TodayPage } from './TodayPage';

afterEach(() => {
  vi.useRealTimers();
});

describe('Today, on a day that mixes zones', () => {
  it('offers the Tokyo call at 15:30 as next at 15:10 in Japan, not the Taipei visit at 15:00 Taipei time (16:00 in Japan)', async () => {
    const { store, trip } = await mixedZoneTrip();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-11T06:10:00Z'));
    await renderWithStore('ko', store, <TodayPage tripId={trip.id} />);
    const next = await screen.findByRole('article', { name: '다음' });
    expect(next.querySelector('h2')?.textContent).toBe('도쿄 본부 화상회의');
  });
});
