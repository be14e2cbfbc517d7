import { describe, expect, it } from 'vitest';
import { formatRange, formatReportDates, formatReportTime, formatReportTimes, WORD_JOINER } from './dates';

const WJ = WORD_JOINER;

describe('times in a document', () => {
  it('are on the 24-hour clock in every language, as official documents write them', () => {
    for (const lang of ['ko', 'ja', 'en'] as const) {
      expect(formatReportTimes('09:30', null, lang)).toBe('09:30');
      expect(formatReportTimes('14:00', null, lang)).toBe('14:00');
      expect(formatReportTimes('00:05', null, lang)).toBe('00:05');
    }
    expect(formatReportTime('12:00')).toBe('12:00');
    expect(formatReportTimes(null, '12:00', 'ko')).toBe('');
  });

  it('join a range with one mark per language: ~ in Korean, ～ in Japanese, an en dash in English', () => {
    // Before: 오후 3:20~4:10 or 오전 10:00 ~ 오후 12:00, and 3:20 – 4:10 PM.
    expect(formatReportTimes('15:20', '16:10', 'ko')).toBe('15:20~16:10');
    expect(formatReportTimes('10:00', '12:00', 'ko')).toBe('10:00~12:00');
    expect(formatReportTimes('09:30', '11:00', 'ja').replaceAll(WJ, '')).toBe('09:30\uff5e11:00');
    expect(formatReportTimes('15:20', '16:10', 'en').replaceAll(WJ, '')).toBe('15:20\u00a0\u2013\u00a016:10');
  });

  it('hold a range together where a line could break beside its mark: beside a full-width ～, after a dash', () => {
    // A tilde between digits or after a bracket is never a place to break; a full-width ～ is, on both sides.
    expect(formatReportTimes('09:30', '11:00', 'ko')).not.toMatch(/\s/);
    expect(formatReportTimes('09:30', '11:00', 'ja')).toBe(`09:30${WJ}～${WJ}11:00`);
    // A no-break space holds to what is before it, but a line may break after a dash.
    expect(formatReportTimes('09:30', '11:00', 'en')).toBe(`09:30\u00a0–${WJ}\u00a011:00`);
  });

  it('join the trip’s first and last day by the same mark', () => {
    expect(formatReportDates('1996-10-20', '1996-10-29', 'ko')).toBe('1996년 10월 20일 (일)~1996년 10월 29일 (화)');
    expect(formatReportDates('1996-10-20', '1996-10-29', 'ja')).toBe(
      `1996年10月20日(日)${WJ}～${WJ}1996年10月29日(火)`,
    );
    expect(formatReportDates('1996-10-20', '1996-10-29', 'ja', { japaneseEra: true })).toBe(
      `平成8年10月20日(日)${WJ}～${WJ}平成8年10月29日(火)`,
    );
    expect(formatRange('Sunday', 'Tuesday', 'en')).toBe(`Sunday\u00a0–${WJ}\u00a0Tuesday`);
  });
});
