import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../test/fixtures/sampleReport';
import type { ReportNote } from '../model';
import { searchDocsOf } from './docs';

describe('the report notes search finds', () => {
  const summary = sampleReportRecords().reportNotes.find((note) => note.kind === 'visitSummary');
  if (!summary) throw new Error('The sample has no visit summary');

  it('include a visit’s summary, opened in the report', () => {
    const docs = searchDocsOf('reportNotes', summary);
    expect(docs.map((doc) => doc.kind)).toContain('reportNote');
    expect(docs.map((doc) => doc.text)).toContain(summary.body.text);
  });

  it('leave out what the organiser wrote for a thank-you letter, which the report does not show', () => {
    const letter: ReportNote = { ...summary, kind: 'letter', body: { ...summary.body, text: 'リサーチパークの運営' } };
    expect(searchDocsOf('reportNotes', letter)).toEqual([]);
  });
});
