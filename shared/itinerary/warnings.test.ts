import { describe, expect, it } from 'vitest';
import { itemRecord, tripRecord } from '../../test/fixtures/itinerary';
import { newId } from '../model';
import { findWarnings, warningsFor } from './warnings';

const trip = tripRecord();
const kim = newId();
const lee = newId();
const park = newId();
const roster = [kim, lee, park];

describe('itinerary warnings', () => {
  it('finds nothing wrong with one visit at a set time', () => {
    expect(findWarnings(trip, [itemRecord()], roster)).toEqual([]);
  });

  it('warns of two items for the whole delegation at the same time', () => {
    const a = itemRecord({ startTime: '15:00', endTime: '16:00' });
    const b = itemRecord({ startTime: '15:30', endTime: '16:30' });
    const c = itemRecord({ startTime: '16:30', endTime: '17:00' });
    expect(findWarnings(trip, [a, b, c], roster)).toEqual([{ kind: 'overlap', itemIds: [a.id, b.id] }]);
  });

  it('takes an hour for an item with no end time', () => {
    const a = itemRecord({ startTime: '10:00', endTime: null });
    const b = itemRecord({ startTime: '10:45', endTime: '11:00' });
    expect(findWarnings(trip, [a, b], roster)).toEqual([{ kind: 'overlap', itemIds: [a.id, b.id] }]);
  });

  it('compares instants, not wall-clock times, across zones', () => {
    // 10:00 in Seoul and 10:00 in Honolulu are 19 hours apart.
    const seoul = itemRecord({ startTime: '10:00', endTime: '11:00', timeZone: 'Asia/Seoul' });
    const honolulu = itemRecord({ startTime: '10:00', endTime: '11:00', timeZone: 'Pacific/Honolulu' });
    expect(findWarnings(trip, [seoul, honolulu], roster)).toEqual([]);
    // A flight Seoul 09:00 to Tokyo 11:20 conflicts with a Tokyo meeting at 11:00.
    const flight = itemRecord({ kind: 'travel', startTime: '09:00', endTime: '11:20', timeZone: 'Asia/Seoul' });
    const meeting = itemRecord({ kind: 'meeting', startTime: '11:00', endTime: '12:00' });
    expect(findWarnings(trip, [flight, meeting], roster)).toEqual([
      { kind: 'overlap', itemIds: [flight.id, meeting.id] },
    ]);
  });

  it('lets the delegation split up, but warns of a member booked in two places at once', () => {
    const groupA = itemRecord({ attendeeIds: [kim, lee] });
    const groupB = itemRecord({ attendeeIds: [park] });
    expect(findWarnings(trip, [groupA, groupB], roster)).toEqual([]);

    const both = itemRecord({ attendeeIds: [lee, park] });
    expect(findWarnings(trip, [groupA, both], roster)).toEqual([
      { kind: 'doubleBooked', itemIds: [groupA.id, both.id], memberIds: [lee] },
    ]);
    const everyone = itemRecord({ kind: 'lecture' });
    expect(findWarnings(trip, [groupB, everyone], roster)).toEqual([
      { kind: 'doubleBooked', itemIds: [groupB.id, everyone.id], memberIds: [park] },
    ]);
  });

  it('warns once of items chained by overlapping times, in the order they start', () => {
    const a = itemRecord({ startTime: '09:00', endTime: '10:00' });
    const b = itemRecord({ startTime: '09:30', endTime: '11:00' });
    // Overlaps b only, and still belongs with a and b.
    const c = itemRecord({ startTime: '10:30', endTime: '11:30' });
    const d = itemRecord({ startTime: '11:30', endTime: '12:00' });
    expect(findWarnings(trip, [c, d, b, a], roster)).toEqual([{ kind: 'overlap', itemIds: [a.id, b.id, c.id] }]);
  });

  it('warns of 2,000 items that all overlap in one warning, not two million', () => {
    const items = Array.from({ length: 2_000 }, (_, i) =>
      itemRecord({ startTime: `09:${String(i % 60).padStart(2, '0')}`, endTime: '18:00' }),
    );
    const warnings = findWarnings(trip, items, roster);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'overlap', itemIds: expect.arrayContaining(items.map((i) => i.id)) });
  });

  it('tells which members are booked into which overlapping items, one warning per set of them', () => {
    const groupA = itemRecord({ startTime: '10:00', endTime: '11:00', attendeeIds: [kim, lee] });
    const groupB = itemRecord({ startTime: '10:30', endTime: '11:30', attendeeIds: [lee, park] });
    const lecture = itemRecord({ kind: 'lecture', startTime: '11:15', endTime: '12:00' });
    // Kim's two items do not overlap; Lee's three are chained; Park's two overlap.
    expect(findWarnings(trip, [lecture, groupB, groupA], roster)).toEqual([
      { kind: 'doubleBooked', itemIds: [groupA.id, groupB.id, lecture.id], memberIds: [lee] },
      { kind: 'doubleBooked', itemIds: [groupB.id, lecture.id], memberIds: [park] },
    ]);

    const sameTwo = itemRecord({ startTime: '10:30', endTime: '11:30', attendeeIds: [lee, kim, park] });
    expect(findWarnings(trip, [groupA, sameTwo], roster)).toEqual([
      { kind: 'doubleBooked', itemIds: [groupA.id, sameTwo.id], memberIds: [kim, lee] },
    ]);
  });

  it('ignores members no longer on the roster', () => {
    const gone = newId();
    const a = itemRecord({ attendeeIds: [gone, kim] });
    const b = itemRecord({ attendeeIds: [gone] });
    expect(findWarnings(trip, [a, b], roster)).toEqual([]);
  });

  it('lets lodging and free time run alongside everything', () => {
    const hotel = itemRecord({ kind: 'lodging', startTime: '14:00', endDate: '1996-10-23', endTime: '10:00' });
    const free = itemRecord({ kind: 'free', startTime: '15:00', endTime: '18:00' });
    expect(findWarnings(trip, [hotel, free, itemRecord()], roster)).toEqual([]);
  });

  it('warns of items outside the trip’s dates and visits without a time', () => {
    const early = itemRecord({ date: '1996-10-19' });
    const late = itemRecord({ date: '1996-10-30', kind: 'travel' });
    const untimed = itemRecord({ startTime: null, endTime: null });
    const untimedLecture = itemRecord({ kind: 'lecture', startTime: null, endTime: null });
    expect(findWarnings(trip, [early, late, untimed, untimedLecture], roster)).toEqual([
      { kind: 'outsideTrip', itemId: early.id },
      { kind: 'outsideTrip', itemId: late.id },
      { kind: 'visitWithoutTime', itemId: untimed.id },
    ]);
  });

  it('warns of a time the clocks skip on a daylight-saving night', () => {
    const usTrip = tripRecord({ startDate: '2026-03-06', endDate: '2026-03-10' });
    const skipped = itemRecord({
      date: '2026-03-08',
      startTime: '02:30',
      endTime: '04:00',
      timeZone: 'America/New_York',
    });
    expect(findWarnings(usTrip, [skipped], roster)).toEqual([{ kind: 'nonexistentTime', itemId: skipped.id }]);
  });

  it('tells which warnings concern an item', () => {
    const a = itemRecord({ startTime: '15:00' });
    const b = itemRecord({ startTime: '15:30', endTime: '16:30' });
    const c = itemRecord({ date: '1996-11-02' });
    // Overlaps b, not a: one warning for the three, which concerns each.
    const d = itemRecord({ startTime: '16:20', endTime: '17:00' });
    const warnings = findWarnings(trip, [a, b, c, d], roster);
    expect(warningsFor(a.id, warnings).map((w) => w.kind)).toEqual(['overlap']);
    expect(warningsFor(d.id, warnings).map((w) => w.kind)).toEqual(['overlap']);
    expect(warningsFor(c.id, warnings).map((w) => w.kind)).toEqual(['outsideTrip']);
  });
});
