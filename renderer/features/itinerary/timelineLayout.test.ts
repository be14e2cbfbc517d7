import { describe, expect, it } from 'vitest';
import { itemRecord } from '../../../test/fixtures/itinerary';
import { dayColumns, gridHours, layOutDay } from './timelineLayout';

const DAY = '1996-10-22';
const TOKYO = 'Asia/Tokyo';

describe('timeline layout', () => {
  it('puts overlapping items side by side and others full width', () => {
    const a = itemRecord({ startTime: '10:00', endTime: '12:00' });
    const b = itemRecord({ startTime: '11:00', endTime: '13:00' });
    const c = itemRecord({ startTime: '14:00', endTime: '15:00' });
    const blocks = layOutDay([c, b, a], DAY, TOKYO);
    expect(blocks.map((block) => [block.item.id, block.lane, block.lanes])).toEqual([
      [a.id, 0, 2],
      [b.id, 1, 2],
      [c.id, 0, 1],
    ]);
  });

  it('puts the longer of two items starting together in the first column, as a calendar does', () => {
    const call = itemRecord({ kind: 'meeting', startTime: '10:00', endTime: '10:30' });
    const lecture = itemRecord({ kind: 'lecture', startTime: '10:00', endTime: '12:00' });
    const blocks = layOutDay([call, lecture], DAY, TOKYO);
    expect(blocks.map((block) => [block.item.id, block.lane, block.span, block.lanes])).toEqual([
      [lecture.id, 0, 1, 2],
      [call.id, 1, 1, 2],
    ]);
  });

  it('widens a block over the columns beside it that nothing overlapping it takes, and the day by its columns', () => {
    // A lecture, a call and a visit that overlap it, then a visit once the call and the first visit are over.
    const lecture = itemRecord({ kind: 'lecture', startTime: '10:00', endTime: '12:00' });
    const call = itemRecord({ kind: 'meeting', startTime: '10:00', endTime: '10:30' });
    const first = itemRecord({ startTime: '10:15', endTime: '11:00' });
    const second = itemRecord({ startTime: '11:00', endTime: '12:00' });
    const alone = itemRecord({ startTime: '14:00', endTime: '15:00' });
    const blocks = layOutDay([second, first, call, lecture, alone], DAY, TOKYO);
    const of = (item: typeof call) => blocks.find((block) => block.item === item);
    expect(of(lecture)).toMatchObject({ lane: 0, span: 1, lanes: 3 });
    expect(of(call)).toMatchObject({ lane: 1, span: 1, lanes: 3 });
    expect(of(first)).toMatchObject({ lane: 2, span: 1, lanes: 3 });
    // Beside the lecture only: the call's column and the first visit's, both free by 11:00.
    expect(of(second)).toMatchObject({ lane: 1, span: 2, lanes: 3 });
    expect(of(alone)).toMatchObject({ lane: 0, span: 1, lanes: 1 });
    expect(dayColumns(blocks)).toBe(3);
  });

  it('keeps lodging and untimed items off the grid, gives items without end an hour, follows a leg past midnight', () => {
    const hotel = itemRecord({ kind: 'lodging', startTime: '18:00', endDate: '1996-10-23', endTime: '08:00' });
    const untimed = itemRecord({ startTime: null, endTime: null });
    const open = itemRecord({ startTime: '09:00', endTime: null });
    const overnight = itemRecord({ kind: 'travel', startTime: '23:00', endDate: '1996-10-23', endTime: '02:00' });
    const blocks = layOutDay([hotel, untimed, open, overnight], DAY, TOKYO);
    expect(blocks.map((block) => [block.start, block.end])).toEqual([
      [540, 600],
      [1380, 1560],
    ]);
    expect(gridHours(blocks)).toEqual({ first: 7, last: 26 });
  });

  it('widens the grid to early starts', () => {
    expect(gridHours(layOutDay([itemRecord({ startTime: '05:30', endTime: '06:00' })], DAY, TOKYO))).toEqual({
      first: 5,
      last: 22,
    });
  });

  it('draws a day that mixes zones on one clock, by instants (2027-03-11, Osaka to Taipei)', () => {
    const day = '2027-03-11';
    const flight = itemRecord({
      kind: 'travel',
      date: day,
      startTime: '09:30',
      timeZone: TOKYO,
      endTime: '11:35',
      endTimeZone: 'Asia/Taipei',
    });
    const call = itemRecord({ kind: 'meeting', date: day, startTime: '15:30', endTime: '16:00', timeZone: TOKYO });
    const visit = itemRecord({ date: day, startTime: '15:00', endTime: '17:00', timeZone: 'Asia/Taipei' });
    const bus = itemRecord({ kind: 'travel', date: day, startTime: '23:30', endDate: '2027-03-12', endTime: '00:40' });
    const blocks = layOutDay([visit, bus, call, flight], day, TOKYO);
    const of = (item: typeof flight) => blocks.find((block) => block.item === item);

    // 09:30 Japan to 11:35 Taipei (12:35 Japan): 3 h 05, not 2 h 05.
    expect(of(flight)).toMatchObject({ start: 9.5 * 60, end: 12.5 * 60 + 5 });
    // 15:00 in Taipei is 16:00 on Tokyo's clock: after the call, beside nothing.
    expect(of(call)).toMatchObject({ start: 15.5 * 60, end: 16 * 60, lanes: 1 });
    expect(of(visit)).toMatchObject({ start: 16 * 60, end: 18 * 60, lanes: 1 });
    // The 23:30 bus ends at 00:40: the grid goes on to 01:00 to show it whole.
    expect(of(bus)).toMatchObject({ start: 23.5 * 60, end: 24 * 60 + 40, continues: false });
    expect(gridHours(blocks)).toEqual({ first: 7, last: 25 });
  });

  it('draws a night bus whole, and stops a longer leg at noon the next day, saying it goes on', () => {
    const night = itemRecord({ kind: 'travel', startTime: '23:30', endDate: '1996-10-23', endTime: '06:40' });
    expect(layOutDay([night], DAY, TOKYO)[0]).toMatchObject({ end: 30 * 60 + 40, continues: false });
    const long = itemRecord({ kind: 'travel', startTime: '22:00', endDate: '1996-10-23', endTime: '15:00' });
    expect(layOutDay([long], DAY, TOKYO)[0]).toMatchObject({ start: 22 * 60, end: 36 * 60, continues: true });
  });
});
