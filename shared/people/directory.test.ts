import { newId } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { type HostPerson, type HostPersonEntry, recordId } from '../model';
import { FUKUOKA_GOVERNOR, SAMPLE_TRIP_ID } from '../sample/stepi1996';
import { derivedPersonId, personIdOf, personOf, tripDirectory } from './directory';

const TRIP = '0192a000-0000-7000-8000-0000000000aa';

describe('a host person’s derived id', () => {
  it('is a record id (UUID v7) of the trip’s time, the same however often it is computed', () => {
    const id = derivedPersonId(TRIP, FUKUOKA_GOVERNOR);
    expect(recordId.safeParse(id).success).toBe(true);
    expect(id.slice(0, 13)).toBe(TRIP.slice(0, 13));
    expect(derivedPersonId(TRIP, structuredClone(FUKUOKA_GOVERNOR))).toBe(id);
  });

  it('is pinned: a device of a later version derives what this one did', () => {
    const person: HostPerson = { name: { ja: '田中 一郎', ko: '다나카 이치로' }, title: { ja: '課長' }, contact: '' };
    expect(derivedPersonId(TRIP, person)).toBe('0192a000-0000-7517-9244-d50f6fa60e4d');
  });

  it('merges exact duplicates, blanks around a name or an empty language aside, and tells different people apart', () => {
    const id = derivedPersonId(TRIP, FUKUOKA_GOVERNOR);
    const spaced: HostPerson = {
      ...FUKUOKA_GOVERNOR,
      name: { ...FUKUOKA_GOVERNOR.name, en: '' },
      title: Object.fromEntries(Object.entries(FUKUOKA_GOVERNOR.title).map(([lang, value]) => [lang, ` ${value} `])),
    };
    expect(derivedPersonId(TRIP, spaced)).toBe(id);
    expect(derivedPersonId(TRIP, { ...FUKUOKA_GOVERNOR, contact: '秘書課' })).not.toBe(id);
    expect(derivedPersonId(TRIP, { ...FUKUOKA_GOVERNOR, title: {} })).not.toBe(id);
    expect(derivedPersonId(SAMPLE_TRIP_ID, FUKUOKA_GOVERNOR)).not.toBe(id);
  });

  it('gives way to the id a copy names', () => {
    const personId = newId();
    expect(personIdOf(TRIP, { ...FUKUOKA_GOVERNOR, personId })).toBe(personId);
    expect(personIdOf(TRIP, FUKUOKA_GOVERNOR)).toBe(derivedPersonId(TRIP, FUKUOKA_GOVERNOR));
  });
});

describe('the trip’s directory', () => {
  const meta = (id: string) => ({
    id,
    tripId: TRIP,
    createdAt: '1996-10-01T00:00:00.000Z',
    updatedAt: '1996-10-01T00:00:00.000Z',
    hlc: '0000000000a-00000-device',
    updatedBy: { deviceId: 'device', memberId: null },
    deletedAt: null,
  });
  const qaNote = (answeredBy: HostPerson | null) =>
    ({ ...meta(newId()), answeredBy }) as unknown as Parameters<typeof tripDirectory>[2]['qaNotes'][number];

  it('holds a stored entry over the one derived with its id, and a deleted one as deleted', () => {
    const id = derivedPersonId(TRIP, FUKUOKA_GOVERNOR);
    const holders = { itineraryItems: [], minutes: [], qaNotes: [qaNote(FUKUOKA_GOVERNOR), qaNote(null)] };
    const derived = tripDirectory(TRIP, [], holders);
    expect([...derived.keys()]).toEqual([id]);
    expect(derived.get(id)?.name).toEqual(FUKUOKA_GOVERNOR.name);

    const corrected = { ...(derived.get(id) as HostPersonEntry), reading: 'ふくおかけんちじ' };
    expect(personOf(TRIP, FUKUOKA_GOVERNOR, tripDirectory(TRIP, [corrected], holders))?.reading).toBe(
      'ふくおかけんちじ',
    );
    const deleted = { ...corrected, deletedAt: '1996-10-25T00:00:00.000Z' };
    expect(personOf(TRIP, FUKUOKA_GOVERNOR, tripDirectory(TRIP, [deleted], holders))).toBeNull();
  });
});
