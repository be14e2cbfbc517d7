import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { ItemTimes } from '../itinerary/instants';
import { qaNoteTime } from './qaTime';

const fukuoka: ItemTimes = {
  date: '1996-10-22',
  startTime: '14:00',
  endDate: null,
  endTime: '16:00',
  timeZone: 'Asia/Tokyo',
  endTimeZone: null,
};
const at = (iso: string) => Temporal.Instant.from(iso);

describe('the time a new Q&A note starts with', () => {
  it('is the visit’s start, not the clock, when written up before or after it', () => {
    expect(qaNoteTime(fukuoka, at('1996-10-22T01:50+09:00'))).toBe('14:00');
    expect(qaNoteTime(fukuoka, at('1996-10-23T09:15+09:00'))).toBe('14:00');
  });

  it('is now, on the visit’s own clock, while the visit is under way', () => {
    expect(qaNoteTime(fukuoka, at('1996-10-22T15:20+09:00'))).toBe('15:20');
    // A visit in Taipei, whatever the device's own zone: its clock is an hour behind Japan's.
    const taipei = { ...fukuoka, timeZone: 'Asia/Taipei' };
    expect(qaNoteTime(taipei, at('1996-10-22T06:20Z'))).toBe('14:20');
  });

  it('is now on the day of an item without a time, and none on another day', () => {
    const untimed = { ...fukuoka, startTime: null, endTime: null };
    expect(qaNoteTime(untimed, at('1996-10-22T10:05+09:00'))).toBe('10:05');
    expect(qaNoteTime(untimed, at('1996-10-24T10:05+09:00'))).toBeNull();
  });
});
