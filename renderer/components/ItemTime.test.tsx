import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../test/fixtures/itinerary';
import { renderIn } from '../../test/fixtures/render';
import { ItemTime } from './ItemTime';

// A delegation from Seoul touring Japan and Taiwan: the flight leaves Seoul and lands in Osaka.
const trip = tripRecord({ homeTimeZone: 'Asia/Seoul', destinationTimeZone: 'Asia/Taipei' });
const flight = itemRecord({
  kind: 'travel',
  date: '2027-03-08',
  startTime: '09:00',
  timeZone: 'Asia/Seoul',
  endTime: '10:50',
  endTimeZone: 'Asia/Tokyo',
});

describe('an item’s time across zones', () => {
  it('names both ends of a leg in one style, in each language', async () => {
    for (const [language, leg] of [
      ['ja', '9:00 韓国標準時 – 10:50 日本標準時'],
      ['ko', '오전 9:00 한국 표준시 – 오전 10:50 일본 표준시'],
      ['en', '9:00 AM Korean Standard Time – 10:50 AM Japan Standard Time'],
    ] as const) {
      const { container, unmount } = await renderIn(language, <ItemTime item={flight} trip={trip} />);
      expect(container.textContent).toBe(leg);
      unmount();
    }
  });

  it('gives the home zone the name every other screen gives it (not ‘ET’ beside ‘Japan Time’)', async () => {
    const fromNewYork = tripRecord({ homeTimeZone: 'America/New_York', destinationTimeZone: 'Asia/Tokyo' });
    const visit = itemRecord({ date: '2027-03-10', startTime: '15:00', endTime: null, timeZone: 'Asia/Taipei' });
    await renderIn('en', <ItemTime item={visit} trip={fromNewYork} />);
    expect(screen.getByText('3:00 PM Taiwan Standard Time')).toBeTruthy();
    expect(screen.getByText(/^Eastern Time/)).toBeTruthy();
  });
  it('says the time at home only when a clock there reads otherwise (Seoul and Tokyo read alike)', async () => {
    const toJapan = tripRecord({ homeTimeZone: 'Asia/Seoul', destinationTimeZone: 'Asia/Tokyo' });
    const visit = itemRecord({ date: '1996-10-22', startTime: '15:20', endTime: '16:10', timeZone: 'Asia/Tokyo' });
    const { container, unmount } = await renderIn('ko', <ItemTime item={visit} trip={toJapan} />);
    expect(container.textContent).toBe('오후 3:20 – 오후 4:10');
    unmount();
    // The same delegation's stop in Taipei, an hour behind: home is an hour ahead.
    const taipei = { ...visit, timeZone: 'Asia/Taipei' };
    const { container: there } = await renderIn('ko', <ItemTime item={taipei} trip={toJapan} />);
    expect(there.textContent).toContain('한국 표준시 오후 4:20');
  });
});
