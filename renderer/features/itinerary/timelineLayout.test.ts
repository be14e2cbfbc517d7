import { describe, expect, it } from 'vitest';
import { itemRecord } from '../../../test/fixtures/itinerary';
import { gridHours, layOutDay } from './timelineLayout';

describe('timeline layout', () => {
  it('puts overlapping items side by side and others full width', () => {
    const a = itemRecord({ startTime: '10:00', endTime: '12:00' });
    const b = itemRecord({ startTime: '11:00', endTime: '13:00' });
    const c = itemRecord({ startTime: '14:00', endTime: '15:00' });
    const blocks = layOutDay([c, b, a]);
    expect(blocks.map((block) => [block.item.id, block.lane, block.lanes])).toEqual([
      [a.id, 0, 2],
      [b.id, 1, 2],
      [c.id, 0, 1],
    ]);
  });

  it('keeps lodging and untimed items off the grid, gives items without end an hour, cuts at midnight', () => {
    const hotel = itemRecord({ kind: 'lodging', startTime: '18:00', endDate: '1996-10-23', endTime: '08:00' });
    const untimed = itemRecord({ startTime: null, endTime: null });
    const open = itemRecord({ startTime: '09:00', endTime: null });
    const overnight = itemRecord({ kind: 'travel', startTime: '23:00', endDate: '1996-10-23', endTime: '02:00' });
    const blocks = layOutDay([hotel, untimed, open, overnight]);
    expect(blocks.map((block) => [block.start, block.end])).toEqual([
      [540, 600],
      [1380, 1440],
    ]);
    expect(gridHours(blocks)).toEqual({ first: 7, last: 24 });
  });

  it('widens the grid to early starts', () => {
    expect(gridHours(layOutDay([itemRecord({ startTime: '05:30', endTime: '06:00' })]))).toEqual({
      first: 5,
      last: 22,
    });
  });
});
