import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  endsBeforeStart,
  existsInZone,
  homeStart,
  type ItemTimes,
  itemInterval,
  otherHomeStart,
} from './instants';

const base: ItemTimes = {
  date: '1996-10-22',
  startTime: '15:20',
  endDate: null,
  endTime: '16:10',
  timeZone: 'Asia/Tokyo',
  endTimeZone: null,
};

describe('item times', () => {
  it('places a wall-clock time in its zone', () => {
    const interval = itemInterval(base);
    expect(interval?.start.toString()).toBe('1996-10-22T06:20:00Z');
    expect(interval?.end.toString()).toBe('1996-10-22T07:10:00Z');
  });

  it('keeps an item just after midnight on its own local day, not the UTC one', () => {
    const late = { ...base, date: '1996-10-23', startTime: '00:15', endTime: '01:00' };
    expect(itemInterval(late)?.start.toString()).toBe('1996-10-22T15:15:00Z');
    expect(homeStart(late, 'Asia/Seoul')).toEqual({ date: '1996-10-23', time: '00:15', dayOffset: 0 });
  });

  it('shows the home time beside the destination time when the zones differ, with the day it falls on', () => {
    const honolulu = {
      ...base,
      date: '2026-03-02',
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'Pacific/Honolulu',
    };
    expect(homeStart(honolulu, 'Asia/Seoul')).toEqual({ date: '2026-03-03', time: '04:00', dayOffset: 1 });
    expect(otherHomeStart(honolulu, 'Asia/Seoul')).toEqual({ date: '2026-03-03', time: '04:00', dayOffset: 1 });
  });

  it('says nothing of home when a clock there reads the same: Seoul and Tokyo share an offset', () => {
    expect(otherHomeStart(base, 'Asia/Seoul')).toBeNull();
    expect(otherHomeStart(base, 'Asia/Tokyo')).toBeNull();
    // Another zone name on the same clock is the same; an hour apart is not.
    expect(otherHomeStart({ ...base, timeZone: 'Asia/Pyongyang' }, 'Asia/Seoul')).toBeNull();
    expect(otherHomeStart({ ...base, timeZone: 'Asia/Shanghai' }, 'Asia/Seoul')).toEqual({
      date: '1996-10-22',
      time: '16:20',
      dayOffset: 0,
    });
    expect(otherHomeStart({ ...base, startTime: null }, 'Asia/Seoul')).toBeNull();
  });

  it('measures a flight between zones in instants: it may land on an earlier date than it left', () => {
    const flight = {
      ...base,
      date: '2026-03-02',
      startTime: '21:00',
      timeZone: 'Asia/Seoul',
      endDate: '2026-03-02',
      endTime: '10:00',
      endTimeZone: 'Pacific/Honolulu',
    };
    const interval = itemInterval(flight);
    expect(interval?.start.toString()).toBe('2026-03-02T12:00:00Z');
    expect(interval?.end.toString()).toBe('2026-03-02T20:00:00Z');
    expect(endsBeforeStart(flight)).toBe(false);
    expect(endsBeforeStart({ ...flight, endTime: '01:00' })).toBe(true);
  });

  it('follows a daylight-saving change in the middle of a trip', () => {
    // Washington, D.C.: clocks go forward on 8 March 2026; Seoul has no daylight saving.
    const before = { ...base, date: '2026-03-06', startTime: '10:00', endTime: '11:00', timeZone: 'America/New_York' };
    const after = { ...before, date: '2026-03-09' };
    expect(itemInterval(before)?.start.toString()).toBe('2026-03-06T15:00:00Z');
    expect(itemInterval(after)?.start.toString()).toBe('2026-03-09T14:00:00Z');
    expect(homeStart(before, 'Asia/Seoul')?.time).toBe('00:00');
    expect(homeStart(after, 'Asia/Seoul')?.time).toBe('23:00');
    expect(homeStart(after, 'Asia/Seoul')?.dayOffset).toBe(0);

    // Overnight lodging across the change lasts an hour less.
    const night = { ...before, date: '2026-03-07', startTime: '20:00', endDate: '2026-03-08', endTime: '08:00' };
    const interval = itemInterval(night);
    expect(interval?.start.until(interval.end).total('hours')).toBe(11);
  });

  it('knows a time that the clocks skip', () => {
    expect(existsInZone('2026-03-08', '02:30', 'America/New_York')).toBe(false);
    expect(existsInZone('2026-03-08', '03:30', 'America/New_York')).toBe(true);
    expect(
      itemInterval({
        ...base,
        date: '2026-03-08',
        startTime: '02:30',
        endTime: null,
        timeZone: 'America/New_York',
      })?.start.toString(),
    ).toBe('2026-03-08T07:30:00Z');
  });

  it('assumes an hour for an item with a start but no end, and nothing for an item without time', () => {
    const interval = itemInterval({ ...base, endTime: null });
    expect(interval?.end.toString()).toBe('1996-10-22T07:20:00Z');
    expect(interval?.endKnown).toBe(false);
    expect(itemInterval({ ...base, startTime: null })).toBeNull();
  });

  it('lists the days of a trip', () => {
    expect(daysBetween('1996-10-20', '1996-10-29')).toHaveLength(10);
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
