import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../../test/fixtures/itinerary';
import { whatIsOn } from './today';

const trip = tripRecord();
const kumamoto = itemRecord({ date: '1996-10-21', startTime: '10:00', endTime: '12:00', title: { en: 'Kumamoto' } });
const lecture = itemRecord({ kind: 'lecture', date: '1996-10-22', startTime: '10:00', endTime: '12:00' });
const fukuoka = itemRecord({ date: '1996-10-22', startTime: '15:20', endTime: '16:10', title: { en: 'Fukuoka' } });
const items = [kumamoto, lecture, fukuoka];
const at = (iso: string) => new Date(iso);

describe('what is on', () => {
  it('before the trip, offers its first visit', () => {
    expect(whatIsOn(trip, items, at('1996-10-01T00:00:00Z'))).toEqual({ kind: 'before', first: kumamoto });
  });

  it('during a visit, gives it and the next; between visits, only the next', () => {
    // 15:30 in Fukuoka is 06:30 UTC.
    expect(whatIsOn(trip, items, at('1996-10-22T06:30:00Z'))).toEqual({ kind: 'during', current: fukuoka, next: null });
    // 13:00 in Fukuoka, after the lecture: the next is Fukuoka.
    expect(whatIsOn(trip, items, at('1996-10-22T04:00:00Z'))).toEqual({ kind: 'during', current: null, next: fukuoka });
  });

  it('gives a lecture (or a meeting) as what is on, as a visit: notes are taken there too', () => {
    // 11:00 in Fukuoka, during the lecture.
    expect(whatIsOn(trip, items, at('1996-10-22T02:00:00Z'))).toEqual({
      kind: 'during',
      current: lecture,
      next: fukuoka,
    });
  });

  it('decides the day by the destination’s clock: just after midnight there is already the next day', () => {
    // 00:30 on 22 October in Tokyo is still 21 October in UTC.
    const on = whatIsOn(tripRecord({ startDate: '1996-10-22' }), items, at('1996-10-21T15:30:00Z'));
    expect(on.kind).toBe('during');
  });

  it('after the trip, lists everything notes were taken at', () => {
    expect(whatIsOn(trip, items, at('1996-11-05T00:00:00Z'))).toEqual({
      kind: 'after',
      visits: [kumamoto, lecture, fukuoka],
    });
  });
});
