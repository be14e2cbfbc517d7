import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { reportFileTitle } from './reportFileTitle';

describe('the name an exported report is saved under', () => {
  const { trip, items } = sampleReportRecords();
  const fukuoka = items.find((item) => item.host?.name.ja === '福岡県庁') ?? null;

  it('is in Japanese for a report in Japanese, in Korean for one in Korean or side by side', () => {
    expect(trip.id).toBe(SAMPLE_TRIP_ID);
    expect(reportFileTitle({ languages: ['ja'] }, trip, null)).toBe(`${trip.title.ja} 研修結果報告書`);
    expect(reportFileTitle({ languages: ['ko', 'ja'] }, trip, null)).toBe(`${trip.title.ko} 연수 결과 보고서`);
    expect(reportFileTitle({ languages: ['ja'] }, trip, fukuoka)).toMatch(/^福岡県庁 /);
  });
});
