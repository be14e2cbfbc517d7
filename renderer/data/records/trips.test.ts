import { recordSchemas, type TripInput } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openTestStore } from '../../../test/fixtures/store';
import { formDraftKey, getDraft, keepDraft } from '../drafts/drafts';
import { RecordNotFoundError } from '../writes/records';
import { createTrip, deleteTrip, getTrip, listTrips, restoreTrip, updateTrip } from './trips';

const input: TripInput = {
  title: { ko: '후쿠오카 연수', ja: '福岡研修' },
  languages: { home: 'ko', host: 'ja' },
  purpose: { lang: 'ko', text: '지역 과학기술 정책 연수', translations: {} },
  startDate: '1996-10-20',
  endDate: '1996-10-29',
  homeTimeZone: 'Asia/Seoul',
  destinationTimeZone: 'Asia/Tokyo',
  organiser: { en: 'STEPI' },
};

describe('trips repository', () => {
  it('creates a trip whose record carries full sync metadata', async () => {
    const store = await openTestStore(() => new Date('2026-11-24T09:00:00Z'));
    const trip = await createTrip(store, input);
    const stored = await store.db.trips.get(trip.id);
    expect(recordSchemas.trips.parse(stored)).toEqual(trip);
    expect(stored).toMatchObject({
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-24T09:00:00.000Z',
      updatedBy: { deviceId: store.ctx.deviceId, memberId: null },
      deletedAt: null,
    });
  });

  it('marks the purpose with the language it is written in; the writer’s language decides for kanji alone', async () => {
    const store = await openTestStore();
    const korean = await createTrip(
      store,
      { ...input, purpose: { lang: 'en', text: '지역 과학기술 정책을 배운다', translations: {} } },
      { lang: 'en' },
    );
    expect(korean.purpose.lang).toBe('ko');
    const kanji = await updateTrip(
      store,
      korean.id,
      { ...input, purpose: { lang: 'ko', text: '科学技術庁', translations: {} } },
      { lang: 'ja' },
    );
    expect(kanji.purpose.lang).toBe('ja');
  });

  it('gives a new trip the six default checklist questions', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, input);
    const questions = await store.db.checklistQuestions.where('tripId').equals(trip.id).sortBy('order');
    expect(questions.map((q) => q.text.ko)).toHaveLength(6);
    expect(questions[3]?.text.ja).toBe('自治体の科学技術予算はどのように調達されているか。');
  });

  it('writes nothing when the input is invalid', async () => {
    const store = await openTestStore();
    await expect(createTrip(store, { ...input, endDate: '1996-10-01' })).rejects.toBeInstanceOf(ZodError);
    expect(await store.db.trips.count()).toBe(0);
    expect(await store.db.checklistQuestions.count()).toBe(0);
  });

  it('writes neither the trip nor its checklist if one of them fails', async () => {
    const store = await openTestStore();
    const first = await createTrip(store, input);
    // Same id again: the trip insert fails, so the checklist must not be written twice either.
    await expect(createTrip(store, input, { id: first.id })).rejects.toThrow();
    expect(await store.db.trips.count()).toBe(1);
    expect(await store.db.checklistQuestions.count()).toBe(6);
  });

  it('updates a trip with a later clock stamp', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, input);
    const updated = await updateTrip(store, trip.id, { ...input, title: { ko: '구마모토·후쿠오카 연수' } });
    expect(updated.title).toEqual({ ko: '구마모토·후쿠오카 연수' });
    expect(updated.hlc > trip.hlc).toBe(true);
    expect(updated.createdAt).toBe(trip.createdAt);
  });

  it('lists live trips, latest first', async () => {
    const store = await openTestStore();
    const older = await createTrip(store, { ...input, startDate: '1995-05-01', endDate: '1995-05-03' });
    const newer = await createTrip(store, input);
    expect((await listTrips(store.db)).map((t) => t.id)).toEqual([newer.id, older.id]);
  });

  it('deletes by tombstone and restores', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, input);
    await deleteTrip(store, trip.id);
    expect(await listTrips(store.db)).toEqual([]);
    expect(await getTrip(store.db, trip.id)).toBeNull();
    expect((await store.db.trips.get(trip.id))?.deletedAt).not.toBeNull();

    await restoreTrip(store, trip.id);
    expect((await getTrip(store.db, trip.id))?.title.ko).toBe('후쿠오카 연수');
  });

  it('forgets the unsaved input of the trip’s edit form when the trip is deleted', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, input);
    const key = formDraftKey('trips', trip.id);
    await keepDraft(store, { key, kind: 'form', value: { ...input, organiser: '경기도' }, basedOn: trip.hlc });
    await deleteTrip(store, trip.id);
    expect(await getDraft(store.db, key)).toBeUndefined();
  });

  it('refuses to edit a deleted trip', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, input);
    await deleteTrip(store, trip.id);
    await expect(updateTrip(store, trip.id, input)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
