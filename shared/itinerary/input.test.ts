import { describe, expect, it } from 'vitest';
import { type ItineraryItemInput, itineraryItemInput } from './input';

const visit: ItineraryItemInput = {
  kind: 'visit',
  title: {},
  date: '1996-10-22',
  startTime: '15:20',
  endDate: '',
  endTime: '16:10',
  timeZone: 'Asia/Tokyo',
  endTimeZone: '',
  location: {},
  host: { name: { ko: '후쿠오카현청', ja: '福岡県庁' }, address: {}, contacts: [] },
  attendeeIds: null,
  expectedAttendees: Number.NaN,
  preparationNotes: { lang: 'ko', text: '', translations: {} },
};

function issues(input: ItineraryItemInput, home: 'ko' | 'ja' = 'ko'): Record<string, string> {
  const result = itineraryItemInput(home).safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('itinerary item input', () => {
  it('accepts a visit named by its host, and turns empty form fields into nothing', () => {
    const parsed = itineraryItemInput('ko').parse(visit);
    expect(parsed).toMatchObject({ endDate: null, endTimeZone: null, expectedAttendees: null });
    expect(itineraryItemInput('ko').parse({ ...visit, expectedAttendees: 30 }).expectedAttendees).toBe(30);
  });

  it('names a visit by its host and anything else by its title, in the delegation’s language', () => {
    expect(issues({ ...visit, host: { name: { ja: '福岡県庁' }, address: {}, contacts: [] } })).toEqual({
      'host.name.ko': 'validation.required',
    });
    expect(issues({ ...visit, kind: 'lecture', title: { ja: '講演' } })).toEqual({ 'title.ko': 'validation.required' });
    expect(issues({ ...visit, kind: 'lecture', title: { ja: '講演' } }, 'ja')).toEqual({});
  });

  it('needs a start for an end, and refuses an end before the start', () => {
    expect(issues({ ...visit, startTime: '' })).toEqual({ startTime: 'validation.required' });
    expect(issues({ ...visit, endTime: '15:00' })).toEqual({ endTime: 'validation.endsBeforeItStarts' });
    expect(issues({ ...visit, endDate: '1996-10-23', endTime: '01:00' })).toEqual({});
  });

  it('accepts a flight that lands on an earlier date in a zone behind, and refuses a bad zone or count', () => {
    const flight = {
      ...visit,
      kind: 'travel' as const,
      title: { ko: '서울 → 호놀룰루' },
      date: '2026-03-02',
      startTime: '21:00',
      timeZone: 'Asia/Seoul',
      endDate: '2026-03-02',
      endTime: '10:00',
      endTimeZone: 'Pacific/Honolulu',
    };
    expect(issues(flight)).toEqual({});
    expect(issues({ ...flight, endTimeZone: 'Hawaii' })).toEqual({ endTimeZone: 'validation.timeZone' });
    expect(issues({ ...visit, expectedAttendees: 2.5 })).toEqual({ expectedAttendees: 'validation.wholeNumber' });
  });
});
