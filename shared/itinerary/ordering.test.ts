import { describe, expect, it } from 'vitest';
import { itemRecord } from '../../test/fixtures/itinerary';
import { itemsByDay, positionAt, positionInDay, sortItems } from './ordering';

function day(...specs: [string, string | null][]) {
  let position = 'a0';
  return specs.map(([name, startTime]) => {
    position = `${position}V`;
    return itemRecord({ title: { en: name }, startTime, endTime: null, position });
  });
}

const names = (items: ReturnType<typeof day>) => items.map((item) => item.title.en);

describe('itinerary order', () => {
  it('reads by day, then by each day’s own order', () => {
    const a = itemRecord({ date: '1996-10-22', position: 'a1', title: { en: 'afternoon' } });
    const b = itemRecord({ date: '1996-10-22', position: 'a0', title: { en: 'morning' } });
    const c = itemRecord({ date: '1996-10-21', position: 'a5', title: { en: 'day before' } });
    expect(names(sortItems([a, b, c]))).toEqual(['day before', 'morning', 'afternoon']);
    expect([...itemsByDay([a, b, c]).keys()]).toEqual(['1996-10-21', '1996-10-22']);
  });

  it('places a new timed item among the day’s items by its start time, untimed ones at the end', () => {
    const items = day(['breakfast', '08:00'], ['visit', '10:00'], ['lunch', '12:00'], ['notes', null]);
    const insert = (startTime: string | null) =>
      names(
        sortItems([
          ...items,
          itemRecord({ title: { en: 'new' }, startTime, position: positionInDay(items, { id: 'x', startTime }) }),
        ]),
      );
    expect(insert('11:00')).toEqual(['breakfast', 'visit', 'new', 'lunch', 'notes']);
    expect(insert('07:00')).toEqual(['new', 'breakfast', 'visit', 'lunch', 'notes']);
    expect(insert('10:00')).toEqual(['breakfast', 'visit', 'new', 'lunch', 'notes']);
    expect(insert(null)).toEqual(['breakfast', 'visit', 'lunch', 'notes', 'new']);
  });

  it('moves an item to any index of its day, changing only that item', () => {
    const items = day(['one', null], ['two', null], ['three', null]);
    const [one, two, three] = items;
    if (!one || !two || !three) throw new Error('three items');
    const moved = (item: typeof one, index: number) =>
      names(
        sortItems(
          items.map((other) =>
            other.id === item.id ? { ...other, position: positionAt(items, item.id, index) } : other,
          ),
        ),
      );
    expect(moved(three, 0)).toEqual(['three', 'one', 'two']);
    expect(moved(one, 2)).toEqual(['two', 'three', 'one']);
    expect(moved(one, 1)).toEqual(['two', 'one', 'three']);
    expect(moved(two, 99)).toEqual(['one', 'three', 'two']);
  });

  it('keeps finding room between two neighbours, however often items are put between them', () => {
    let items = day(['first', null], ['last', null]);
    for (let i = 0; i < 200; i++) {
      const item = itemRecord({ title: { en: `n${i}` }, startTime: null });
      items = [...items, { ...item, position: positionAt(items, item.id, 1) }];
    }
    const sorted = names(sortItems(items));
    expect(sorted[0]).toBe('first');
    expect(sorted[1]).toBe('n199');
    expect(sorted.at(-1)).toBe('last');
    expect(new Set(items.map((item) => item.position)).size).toBe(202);
  });
});
