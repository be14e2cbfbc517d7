import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../test/fixtures/itinerary';
import { itineraryToICalendar } from './ics';
import { zoned } from './instants';

const trip = tripRecord();
const now = Temporal.Instant.from('2026-11-24T00:00:00Z');

/** The events of a file as a calendar reads them: each local time through the file's own VTIMEZONEs. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** A DTSTART or DTEND as a zoned date-time: its instant, in the zone its TZID names. */
function zonedTime(time: ICAL.Time) {
  return Temporal.Instant.fromEpochMilliseconds(time.toJSDate().getTime()).toZonedDateTimeISO(time.zone?.tzid ?? 'UTC');
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

  it('writes each event in its own zone, with a VTIMEZONE per zone: a day in Osaka and Taipei (2027-03-11)', () => {
    const day = '2027-03-11';
    const flight = itemRecord({
      kind: 'travel',
      title: { ko: '오사카 → 타이베이' },
      date: day,
      startTime: '09:30',
      endTime: '11:35',
      timeZone: 'Asia/Tokyo',
      endTimeZone: 'Asia/Taipei',
    });
    const call = itemRecord({ title: { ko: '도쿄 화상회의' }, date: day, startTime: '15:30', endTime: '16:00' });
    const visit = itemRecord({
      title: { ko: '타이베이시 정부' },
      date: day,
      startTime: '15:00',
      endTime: '17:00',
      timeZone: 'Asia/Taipei',
    });
    const ics = itineraryToICalendar(trip, [visit, call, flight], { languages: ['ko'], now });
    const events = parse(ics);

    expect(events.map((event) => event.summary)).toEqual(['오사카 → 타이베이', '도쿄 화상회의', '타이베이시 정부']);
    for (const [event, item] of [
      [events[0], flight],
      [events[1], call],
      [events[2], visit],
    ] as const) {
      if (!event || !item.startTime) throw new Error('an event is missing');
      expect(event.startDate.zone?.tzid).toBe(item.timeZone);
      expect(zonedTime(event.startDate).equals(zoned(item.date, item.startTime, item.timeZone))).toBe(true);
    }
    // The flight lands in Taipei's zone: 11:35 there, 3 h 05 after it left Osaka.
    const landing = events[0]?.endDate;
    expect(landing?.zone?.tzid).toBe('Asia/Taipei');
    expect(landing && zonedTime(landing).toString()).toBe('2027-03-11T11:35:00+08:00[Asia/Taipei]');
    expect(events[0]?.duration.toSeconds()).toBe(3 * 3600 + 5 * 60);
    // Neither zone has daylight saving: one STANDARD component each, and no other zone.
    const zones = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Asia/Taipei', 'Asia/Tokyo']);
    expect(zones.map((zone) => zone.getAllSubcomponents().map((part) => part.name))).toEqual([
      ['standard'],
      ['standard'],
    ]);
    expect(ics).toContain('DTSTART;TZID=Asia/Taipei:20270311T150000');
  });

  it('describes a daylight-saving change inside the trip in the zone’s VTIMEZONE', () => {
    const before = itemRecord({
      date: '2026-03-06',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
    });
    const after = itemRecord({
      date: '2026-03-09',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'America/New_York',
    });
    const ics = itineraryToICalendar(trip, [before, after], { languages: ['en'], now });
    const [first, second] = parse(ics);
    expect(first && zonedTime(first.startDate).toString()).toBe('2026-03-06T10:00:00-05:00[America/New_York]');
    expect(second && zonedTime(second.startDate).toString()).toBe('2026-03-09T10:00:00-04:00[America/New_York]');
    const [zone] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vtimezone');
    expect(zone?.getAllSubcomponents().map((part) => part.name)).toEqual(['standard', 'daylight']);
    expect(zone?.getAllSubcomponents('daylight')[0]?.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('-04:00');
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

  it('names an item as the screens do, by its kind: a visit by its host, with its purpose below; a lecture by its title, with its host below', () => {
    const host = { name: { ko: '규슈대학', ja: '九州大学' }, address: {}, contacts: [] };
    const visit = itemRecord({ kind: 'visit', title: { ja: '産学連携の現場' }, host });
    const lecture = itemRecord({ kind: 'lecture', title: { ja: '講演：地域の研究開発' }, host });
    const untitled = itemRecord({ kind: 'lecture', title: {}, host });
    const [byHost, byTitle, fallback] = parse(
      itineraryToICalendar(trip, [visit, lecture, untitled], { languages: ['ko', 'ja'], now }),
    );
    expect(byHost?.summary).toBe('규슈대학 / 九州大学');
    expect(byHost?.description).toContain('産学連携の現場');
    expect(byTitle?.summary).toBe('講演：地域の研究開発');
    expect(byTitle?.description).toContain('규슈대학 / 九州大学');
    expect(fallback?.summary).toBe('규슈대학 / 九州大学');
    expect(fallback?.description ?? '').not.toContain('九州大学');
  });
});
