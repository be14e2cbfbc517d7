import { describe, expect, it } from 'vitest';
import { itemRecord } from '../../test/fixtures/itinerary';
import { itemsByDay, positionAt, positionForMove, positionInDay, sortItems } from './ordering';

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
          itemRecord({
            title: { en: 'new' },
            startTime,
            position: positionInDay(items, { id: 'x', startTime, date: '1996-10-22', timeZone: 'Asia/Tokyo' }),
          }),
        ]),
      );
    expect(insert('11:00')).toEqual(['breakfast', 'visit', 'new', 'lunch', 'notes']);
    expect(insert('07:00')).toEqual(['new', 'breakfast', 'visit', 'lunch', 'notes']);
    expect(insert('10:00')).toEqual(['breakfast', 'visit', 'new', 'lunch', 'notes']);
    expect(insert(null)).toEqual(['breakfast', 'visit', 'lunch', 'notes', 'new']);
  });

  // 2027-03-11: the delegation is in Taipei; one member joins a call from Tokyo's time.
  const call = itemRecord({
    date: '2027-03-11',
    startTime: '15:30',
    timeZone: 'Asia/Tokyo',
    position: 'a2',
    title: { en: 'Tokyo call 15:30 JST' },
  });
  const visit = itemRecord({
    date: '2027-03-11',
    startTime: '15:00',
    timeZone: 'Asia/Taipei',
    position: 'a1',
    title: { en: 'Taipei visit 15:00 CST' },
  });

  it('orders a day that mixes zones by when things happen: 15:30 in Tokyo before 15:00 in Taipei (16:00 in Tokyo)', () => {
    expect(names(sortItems([visit, call]))).toEqual(['Tokyo call 15:30 JST', 'Taipei visit 15:00 CST']);
    expect(names(itemsByDay([visit, call]).get('2027-03-11') ?? [])).toEqual([
      'Tokyo call 15:30 JST',
      'Taipei visit 15:00 CST',
    ]);
    const lunch = itemRecord({ date: '2027-03-11', startTime: '12:00', timeZone: 'Asia/Taipei', position: 'a0' });
    const day = [visit, call, lunch];
    const placed = (item: typeof call) => names(sortItems([...day, { ...item, position: positionInDay(day, item) }]));
    const zoom = itemRecord({ date: '2027-03-11', startTime: '15:45', timeZone: 'Asia/Tokyo', title: { en: 'new' } });
    expect(placed(zoom).slice(1)).toEqual(['Tokyo call 15:30 JST', 'new', 'Taipei visit 15:00 CST']);
  });

  it('keeps an untimed item after as many timed items as it was placed after, whatever their times become', () => {
    const [breakfast, free, visitA] = day(['breakfast', '08:00'], ['free', null], ['visit', '10:00']);
    if (!breakfast || !free || !visitA) throw new Error('three items');
    // The visit moves to 07:00: it is now first, and the free time still follows the first timed item.
    expect(names(sortItems([breakfast, free, { ...visitA, startTime: '07:00' }]))).toEqual([
      'visit',
      'free',
      'breakfast',
    ]);
  });

  it('moves an untimed item to any place of a mixed-zone day; a timed one only by its time', () => {
    const free = itemRecord({
      date: '2027-03-11',
      startTime: null,
      endTime: null,
      position: 'a3',
      title: { en: 'free' },
    });
    const day = [visit, call, free];
    const moved = (item: typeof free, index: number) =>
      names(
        sortItems(
          day.map((other) =>
            other.id === item.id ? { ...other, position: positionForMove(day, item, item.date, index) } : other,
          ),
        ),
      );
    expect(moved(free, 0)).toEqual(['free', 'Tokyo call 15:30 JST', 'Taipei visit 15:00 CST']);
    expect(moved(free, 1)).toEqual(['Tokyo call 15:30 JST', 'free', 'Taipei visit 15:00 CST']);
    expect(moved(call, 2)).toEqual(['Tokyo call 15:30 JST', 'Taipei visit 15:00 CST', 'free']);
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
