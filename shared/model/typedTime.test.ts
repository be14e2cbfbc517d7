import { describe, expect, it } from 'vitest';
import { readTypedDate, readTypedTime } from './typedTime';

describe('a date as typed into a form', () => {
  it('is read as Korean, Japanese and English writers type it', () => {
    for (const typed of [
      '2026-10-21',
      '2026.10.21',
      '2026. 10. 21.',
      '2026/10/21',
      '2026년 10월 21일',
      '2026年10月21日',
      '２０２６年１０月２１日',
      '20261021',
      ' 2026-10-21 ',
    ]) {
      expect(readTypedDate(typed), typed).toBe('2026-10-21');
    }
    expect(readTypedDate('2026.1.5')).toBe('2026-01-05');
  });

  it('is no date when the calendar has no such day, or it is not one', () => {
    for (const typed of ['2026-02-30', '2026-13-01', '10/21/2026', '21.10.2026', '', '내일', '2026-10']) {
      expect(readTypedDate(typed), typed).toBeNull();
    }
  });
});

describe('a time as typed into a form', () => {
  it('is read on the 24-hour clock, whichever way it was typed', () => {
    for (const typed of [
      '15:20',
      '15.20',
      '1520',
      '오후 3:20',
      '午後3:20',
      '午後3時20分',
      '15시 20분',
      '3:20 PM',
      '3:20pm',
    ]) {
      expect(readTypedTime(typed), typed).toBe('15:20');
    }
    expect(readTypedTime('9:05')).toBe('09:05');
    expect(readTypedTime('오전 12:30')).toBe('00:30');
    expect(readTypedTime('오후 12:00')).toBe('12:00');
    expect(readTypedTime('9시')).toBe('09:00');
    expect(readTypedTime('0800')).toBe('08:00');
  });

  it('is no time when no clock shows it', () => {
    for (const typed of ['24:00', '15:60', '오후 13:00', '3:2', '', '점심', '25']) {
      expect(readTypedTime(typed), typed).toBeNull();
    }
  });
});
