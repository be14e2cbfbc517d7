import { describe, expect, it } from 'vitest';
import { namedGovernor, sampleReportRecords } from '../../../test/fixtures/sampleReport';
import type { Language } from '../../i18n/languages';
import { compileReport } from '../compile';
import type { Cell, ReportDocument } from '../document';
import type { ReportRecords } from '../records';

const textIn = (cell: Cell, lang: Language) => cell.texts.find((text) => text.lang === lang)?.text ?? '';

/** The facts listed under a visit's name in the report's visit summaries, by the visit's name in `lang`. */
function factsOf(document: ReportDocument, visit: string, lang: Language): Cell[] {
  const blocks = document.sections.find((section) => section.kind === 'visits')?.blocks ?? [];
  const at = blocks.findIndex((block) => block.type === 'heading' && textIn(block.cell, lang) === visit);
  const facts = blocks[at + 1];
  return facts?.type === 'list' ? facts.items : [];
}

const hostsPresent = (records: ReportRecords) =>
  factsOf(compileReport(records, { layout: 'sideBySide' }), '福岡県庁', 'ja').find((cell) =>
    /^(先方出席者|상대측 참석자)/.test(textIn(cell, 'ja')),
  );

describe('the hosts’ people present at a visit, in the report', () => {
  it('lists whom the minutes say were present, with their titles, as the directory now has them', () => {
    const present = hostsPresent({ ...sampleReportRecords(), hostPeople: [namedGovernor()] });
    if (!present) throw new Error('No hosts present among the Fukuoka visit’s facts');
    expect(textIn(present, 'ko')).toBe('상대측 참석자: 후쿠오카현 지사 아소 와타루');
    expect(textIn(present, 'ja')).toBe('先方出席者: 福岡県知事 麻生 渡');
    // The reading over the Japanese name, as furigana; none in Korean.
    const [ko, ja] = present.texts;
    expect(ko?.parts).toBeUndefined();
    expect(ja?.parts?.filter((part) => part.reading)).toEqual([{ text: '麻生 渡', reading: 'あそう わたる' }]);
    expect(ja?.parts?.map((part) => part.text).join('')).toBe(ja?.text);
  });

  it('says the minutes’ copy where nobody corrected the directory: the governor by his office', () => {
    const present = hostsPresent(sampleReportRecords());
    expect(present && textIn(present, 'ja')).toBe('先方出席者: 福岡県知事');
  });

  it('says nothing of a visit without minutes: whom its item expected to meet is no record of who came', () => {
    const records = sampleReportRecords();
    const fukuoka = records.items.find((item) => item.host?.name.ja === '福岡県庁');
    expect(fukuoka?.host?.contacts).toHaveLength(1);
    expect(hostsPresent({ ...records, minutes: [], hostPeople: [namedGovernor()] })).toBeUndefined();
    const facts = factsOf(compileReport({ ...records, minutes: [] }, { layout: 'ja' }), '福岡県庁', 'ja');
    expect(facts.map((cell) => textIn(cell, 'ja')).join('\n')).not.toContain('福岡県知事');
  });
});
