import type { ItineraryItemInput } from '@shared/itinerary/input';
import { recordSchemas } from '@shared/model';
import { sampleTrip } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openTestStore } from '../../../test/fixtures/store';
import { RecordNotFoundError } from '../writes/records';
import { deleteItineraryItem, listItinerary, moveItineraryItem, saveItineraryItem } from './itineraryItems';
import { createTrip, deleteTrip } from './trips';

const { id: _id, ...tripInput } = sampleTrip;

function input(name: string, date: string, startTime = '', endTime = '', extra: Partial<ItineraryItemInput> = {}) {
  return {
    kind: 'meeting',
    title: { ko: name },
    date,
    startTime,
    endDate: '',
    endTime,
    timeZone: 'Asia/Tokyo',
    endTimeZone: '',
    location: {},
    host: null,
    attendeeIds: null,
    expectedAttendees: null,
    preparationNotes: { lang: 'ko', text: '', translations: {} },
    ...extra,
  } satisfies ItineraryItemInput;
}

async function setUp() {
  const store = await openTestStore();
  const trip = await createTrip(store, tripInput);
  const names = async () => (await listItinerary(store.db, trip.id)).map((item) => `${item.date} ${item.title.ko}`);
  return { store, trip, names };
}

describe('itinerary repository', () => {
  it('marks the preparation notes with the language they are written in', async () => {
    const { store, trip } = await setUp();
    const notes = { lang: 'ko' as const, text: '名刺を多めに用意すること', translations: {} };
    const { item } = await saveItineraryItem(
      store,
      trip.id,
      input('준비', '1996-10-22', '', '', { preparationNotes: notes }),
      { lang: 'ko' },
    );
    expect(item.preparationNotes.lang).toBe('ja');
  });

  it('adds items in time order within their day, whatever order they are entered in', async () => {
    const { store, trip, names } = await setUp();
    await saveItineraryItem(store, trip.id, input('오후', '1996-10-22', '15:20', '16:10'));
    await saveItineraryItem(store, trip.id, input('오전', '1996-10-22', '10:00', '12:00'));
    await saveItineraryItem(store, trip.id, input('미정', '1996-10-22'));
    await saveItineraryItem(store, trip.id, input('전날', '1996-10-21', '09:00'));
    expect(await names()).toEqual(['1996-10-21 전날', '1996-10-22 오전', '1996-10-22 오후', '1996-10-22 미정']);
    for (const item of await listItinerary(store.db, trip.id)) {
      expect(recordSchemas.itineraryItems.safeParse(item).success).toBe(true);
    }
  });

  it('keeps an item’s place when edited, and finds it a new one when its time changes', async () => {
    const { store, trip, names } = await setUp();
    const a = await saveItineraryItem(store, trip.id, input('가', '1996-10-22', '09:00'));
    await saveItineraryItem(store, trip.id, input('나', '1996-10-22', '10:00'));
    await saveItineraryItem(store, trip.id, input('가(수정)', '1996-10-22', '09:00'), { id: a.item.id });
    expect(await names()).toEqual(['1996-10-22 가(수정)', '1996-10-22 나']);
    await saveItineraryItem(store, trip.id, input('가(수정)', '1996-10-22', '11:00'), { id: a.item.id });
    expect(await names()).toEqual(['1996-10-22 나', '1996-10-22 가(수정)']);
  });

  it('moves an untimed item anywhere in its day; a timed one keeps its time and its place by time, on any day', async () => {
    const { store, trip, names } = await setUp();
    const one = await saveItineraryItem(store, trip.id, input('하나', '1996-10-22', '09:00'));
    await saveItineraryItem(store, trip.id, input('둘', '1996-10-22', '10:00'));
    const memo = await saveItineraryItem(store, trip.id, input('메모', '1996-10-22'));
    const hotel = await saveItineraryItem(
      store,
      trip.id,
      input('숙박', '1996-10-22', '20:00', '08:00', { kind: 'lodging', endDate: '1996-10-23' }),
    );
    await moveItineraryItem(store, memo.item.id, '1996-10-22', 1);
    expect(await names()).toEqual(['1996-10-22 하나', '1996-10-22 메모', '1996-10-22 둘', '1996-10-22 숙박']);
    await moveItineraryItem(store, one.item.id, '1996-10-22', 3);
    expect(await names()).toEqual(['1996-10-22 하나', '1996-10-22 메모', '1996-10-22 둘', '1996-10-22 숙박']);
    const moved = await moveItineraryItem(store, hotel.item.id, '1996-10-24', 0);
    expect(moved.item).toMatchObject({ date: '1996-10-24', startTime: '20:00', endDate: '1996-10-25' });
    await moveItineraryItem(store, one.item.id, '1996-10-24', 1);
    expect(await names()).toEqual(['1996-10-22 메모', '1996-10-22 둘', '1996-10-24 하나', '1996-10-24 숙박']);
  });

  it('undoes each kind of change', async () => {
    const { store, trip, names } = await setUp();
    const added = await saveItineraryItem(store, trip.id, input('강연', '1996-10-22', '10:00'));
    const edited = await saveItineraryItem(store, trip.id, input('강연 1', '1996-10-23', '10:00'), {
      id: added.item.id,
    });
    expect(await names()).toEqual(['1996-10-23 강연 1']);
    await edited.undo();
    expect(await names()).toEqual(['1996-10-22 강연']);

    const moved = await moveItineraryItem(store, added.item.id, '1996-10-25', 0);
    await moved.undo();
    expect(await names()).toEqual(['1996-10-22 강연']);

    const deleted = await deleteItineraryItem(store, added.item.id);
    expect(await names()).toEqual([]);
    await deleted.undo();
    expect(await names()).toEqual(['1996-10-22 강연']);

    await added.undo();
    expect(await names()).toEqual([]);
    const record = await store.db.itineraryItems.get(added.item.id);
    expect(record?.deletedAt).not.toBeNull();
    expect(record && record.hlc > deleted.item.hlc).toBe(true);
  });

  it('writes nothing for invalid input or a deleted trip', async () => {
    const { store, trip } = await setUp();
    await expect(saveItineraryItem(store, trip.id, input('', '1996-10-22'))).rejects.toBeInstanceOf(ZodError);
    await expect(
      saveItineraryItem(store, trip.id, input('끝이 먼저', '1996-10-22', '10:00', '09:00')),
    ).rejects.toBeInstanceOf(ZodError);
    await deleteTrip(store, trip.id);
    await expect(saveItineraryItem(store, trip.id, input('늦음', '1996-10-22'))).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    expect(await store.db.itineraryItems.count()).toBe(0);
  });
});
