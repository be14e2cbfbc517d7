import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../test/fixtures/itinerary';
import { itineraryToICalendar } from './ics';

const trip = tripRecord();
const now = Temporal.Instant.from('2026-11-24T00:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('iCalendar export', () => {
  it('gives each timed item its exact instants, readable by an iCalendar parser', () => {
    const fukuoka = itemRecord({
      host: {
        name: { ko: '후쿠오카현청', ja: '福岡県庁' },
        address: { ko: '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7', ja: '福岡県福岡市博多区東公園7-7' },
        contacts: [],
      },
    });
    const [event] = parse(itineraryToICalendar(trip, [fukuoka], { languages: ['ko', 'ja'], now }));
    expect(event?.uid).toBe(`${fukuoka.id}@fieldbook`);
    expect(event?.summary).toBe('후쿠오카현청 / 福岡県庁');
    expect(event?.location).toBe('福岡県福岡市博多区東公園7-7');
    expect(event?.startDate.toJSDate().toISOString()).toBe('1996-10-22T06:20:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('1996-10-22T07:10:00.000Z');
  });

  it('writes a flight across zones and an item after a daylight-saving change at their true instants', () => {
    const flight = itemRecord({
      kind: 'travel',
      title: { ko: '서울→호놀룰루', en: 'Seoul to Honolulu' },
      date: '2026-03-02',
      startTime: '21:00',
      timeZone: 'Asia/Seoul',
      endDate: '2026-03-02',
      endTime: '10:00',
      endTimeZone: 'Pacific/Honolulu',
    });
    const afterDst = itemRecord({
      date: '2026-03-09',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
    });
    const events = parse(itineraryToICalendar(trip, [afterDst, flight], { languages: ['ko', 'en'], now }));
    expect(events.map((e) => e.summary)).toEqual(['서울→호놀룰루 / Seoul to Honolulu', '후쿠오카현청']);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2026-03-02T20:00:00.000Z');
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });

  it('makes an item without a time an all-day event on its local date', () => {
    const [event] = parse(
      itineraryToICalendar(trip, [itemRecord({ date: '1996-10-24', startTime: null, endTime: null })], {
        languages: ['ja', 'ko'],
        now,
      }),
    );
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('1996-10-24');
    expect(event?.endDate.toString()).toBe('1996-10-25');
    expect(event?.summary).toBe('福岡県庁 / 후쿠오카현청');
  });

  it('lists host contacts and preparation notes in the description', () => {
    const visit = itemRecord({
      title: {},
      host: {
        name: { ko: '후쿠오카현청', ja: '福岡県庁' },
        address: {},
        contacts: [{ name: { ja: '山田太郎' }, title: { ko: '기획과장', ja: '企画課長' }, contact: '092-000-0000' }],
      },
      preparationNotes: { lang: 'ko', text: '명함 30장 준비', translations: {} },
    });
    const [event] = parse(itineraryToICalendar(trip, [visit], { languages: ['ko', 'ja'], now }));
    expect(event?.summary).toBe('후쿠오카현청 / 福岡県庁');
    expect(event?.description).toContain('기획과장 / 企画課長 山田太郎: 092-000-0000');
    expect(event?.description).toContain('명함 30장 준비');
  });

  it('names an item as the screens do: by its own title, else by its host, and then gives the host a line of its own', () => {
    const host = { name: { ko: '규슈대학', ja: '九州大学' }, address: {}, contacts: [] };
    const lecture = itemRecord({ kind: 'lecture', title: {}, host });
    const titled = itemRecord({ title: { ja: '産学連携の現場' }, host });
    const [byHost, byTitle] = parse(itineraryToICalendar(trip, [lecture, titled], { languages: ['ko', 'ja'], now }));
    expect(byHost?.summary).toBe('규슈대학 / 九州大学');
    expect(byHost?.description ?? '').not.toContain('九州大学');
    expect(byTitle?.summary).toBe('産学連携の現場');
    expect(byTitle?.description).toContain('규슈대학 / 九州大学');
  });
});
