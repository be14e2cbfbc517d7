import { describe, expect, it } from 'vitest';
import { sampleTrip } from '../sample/stepi1996';
import { type TripInput, tripInput } from './trip';

const { id: _id, ...valid } = sampleTrip;

function issuesOf(input: TripInput): Record<string, string> {
  const result = tripInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('trip input', () => {
  it('accepts the sample trip of the seed', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it('requires the title in the delegation’s language only', () => {
    expect(issuesOf({ ...valid, title: { ko: '', ja: '研修団' } })).toEqual({ 'title.ko': 'validation.required' });
    expect(issuesOf({ ...valid, title: { ko: '연수단' } })).toEqual({});
    expect(issuesOf({ ...valid, languages: { home: 'ja', host: 'ko' }, title: { ko: '연수단' } })).toEqual({
      'title.ja': 'validation.required',
    });
  });

  it('refuses an end date before the start date', () => {
    expect(issuesOf({ ...valid, startDate: '1996-10-29', endDate: '1996-10-20' })).toEqual({
      endDate: 'validation.endBeforeStart',
    });
  });

  it('refuses dates that do not exist and trips longer than a year', () => {
    expect(issuesOf({ ...valid, startDate: '1996-02-30' })).toEqual({ startDate: 'validation.date' });
    expect(issuesOf({ ...valid, endDate: '2996-10-29' })).toEqual({ endDate: 'validation.tripTooLong' });
  });

  it('refuses time zones that are not IANA names', () => {
    expect(issuesOf({ ...valid, destinationTimeZone: 'Tokyo' })).toEqual({
      destinationTimeZone: 'validation.timeZone',
    });
    expect(issuesOf({ ...valid, homeTimeZone: 'America/New_York' })).toEqual({});
  });

  it('trims titles and keeps Korean and Japanese text intact', () => {
    const parsed = tripInput.parse({ ...valid, title: { ko: '  후쿠오카 연수  ', ja: '福岡研修 ' } });
    expect(parsed.title).toEqual({ ko: '후쿠오카 연수', ja: '福岡研修' });
  });
});
