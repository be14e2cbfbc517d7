// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyOf, languageOf, textOf, W } from '../../../test/fixtures/docxXml';
import { namedGovernor, sampleReportRecords } from '../../../test/fixtures/sampleReport';
import { itemNameOf } from '../../itinerary/names';
import { takesNotes } from '../../model';
import { compileReport } from '../compile';
import { renderDocx } from './docx';

describe('the sample trip’s report as a Word document, Korean | Japanese', () => {
  it('holds every checklist question, every visit, lecture and meeting, and every Q&A note, in their languages', async () => {
    const records = sampleReportRecords();
    // One answer as written, before the sample's reviewed translation.
    const [bare] = records.answers;
    if (bare) bare.body = { lang: 'ko', text: bare.body.text, translations: {} };
    const xml = bodyOf(await renderDocx(compileReport(records, { layout: 'sideBySide' })));
    const text = textOf(xml.documentElement);
    const questions = records.questions.filter((question) => !question.retiredAt);
    expect(questions.length).toBe(6);
    for (const question of questions) {
      expect(text, question.text.ko).toContain(question.text.ko);
      expect(text, question.text.ja).toContain(question.text.ja);
    }
    const noted = records.items.filter(takesNotes);
    expect(noted.length).toBeGreaterThan(5);
    for (const item of noted) {
      const name = itemNameOf(item);
      for (const written of [name.ko, name.ja].filter(Boolean)) expect(text, written).toContain(written);
    }
    for (const note of records.qaNotes.filter((qa) => qa.deletedAt === null)) {
      expect(text, note.question.text).toContain(note.question.text.split('\n')[0]);
    }
    // What is not yet in Japanese says so, in Japanese, beside its Korean original.
    expect(text).toContain('[未翻訳]');
    const question = questions[0];
    expect(languageOf(xml, question?.text.ko ?? '-')).toBe('ko-KR');
    expect(languageOf(xml, question?.text.ja ?? '-')).toBe('ja-JP');
  });

  it('prints the governor’s reading over his Japanese name, in the Japanese column of the Q&A only', async () => {
    const records = { ...sampleReportRecords(), hostPeople: [namedGovernor()] };
    const xml = bodyOf(await renderDocx(compileReport(records, { layout: 'sideBySide' })));
    const rubies = [...xml.getElementsByTagNameNS(W, 'ruby')];
    for (const ruby of rubies) expect(textOf(ruby)).toBe('あそう わたる麻生 渡');
    // He answered the eight Q&A notes (quoted again under their checklist questions), each side by side.
    const inColumns = rubies.flatMap((ruby) => ruby.closest('tc') ?? []);
    expect(inColumns.length).toBeGreaterThanOrEqual(8);
    for (const cell of inColumns) {
      const row = [...(cell.parentElement?.children ?? [])].filter((one) => one.localName === 'tc');
      expect(row.indexOf(cell)).toBe(1);
    }
  });
});
