import { describe, expect, it } from 'vitest';
import { SAMPLE_TRIP_ID } from '../sample/stepi1996';
import { REPORT_SECTIONS, reportLayoutId, reportNote, reportNoteId, reportSections } from './report';

describe('the report’s notes', () => {
  it('are one per question, visit or trip, the same on every device that starts one', () => {
    const question = '0192a000-0000-7000-8000-000000000004';
    const visit = '0192a000-0000-7000-8000-000000000003';
    const finding = reportNoteId(SAMPLE_TRIP_ID, { kind: 'finding', questionId: question, itemId: null });
    expect(reportNoteId(SAMPLE_TRIP_ID, { kind: 'finding', questionId: question, itemId: null })).toBe(finding);
    const others = [
      reportNoteId(SAMPLE_TRIP_ID, { kind: 'visitSummary', questionId: null, itemId: visit }),
      reportNoteId(SAMPLE_TRIP_ID, { kind: 'evaluation', questionId: null, itemId: null }),
      reportLayoutId(SAMPLE_TRIP_ID),
    ];
    expect(new Set([finding, ...others]).size).toBe(4);
  });

  it('hold a translatable text with its reviews', () => {
    const note = reportNote.parse({
      id: reportNoteId(SAMPLE_TRIP_ID, { kind: 'evaluation', questionId: null, itemId: null }),
      tripId: SAMPLE_TRIP_ID,
      createdAt: '1996-11-05T01:00:00.000Z',
      updatedAt: '1996-11-05T01:00:00.000Z',
      hlc: '00000000001-00000-laptop',
      updatedBy: { deviceId: 'laptop', memberId: null },
      deletedAt: null,
      kind: 'evaluation',
      questionId: null,
      itemId: null,
      body: { lang: 'ko', text: '지자체 간 교류가 필요하다.', translations: { ja: '自治体間の交流が必要である。' } },
    });
    expect(note.body.reviewed).toBeUndefined();
  });
});

describe('the report’s sections', () => {
  it('follow the seed without a layout, and the organiser’s order without what is left out', () => {
    expect(reportSections(undefined)).toEqual([...REPORT_SECTIONS]);
    expect(reportSections({ order: ['roster', 'findings'], omitted: ['itinerary', 'qa'] })).toEqual([
      'roster',
      'findings',
      'visits',
      'evaluation',
      'followUps',
    ]);
  });
});
