import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../test/fixtures/sampleReport';
import type { Language } from '../i18n/languages';
import { templateQuestionId, translationStatus } from '../model';
import { compileReport } from '../report/compile';
import { type Block, cellsOf, missingTexts } from '../report/document';
import { countByLanguage } from '../translation/counts';
import { termMismatches } from '../translation/glossary';
import { originalOf, statusIn, tripTexts, writtenIn } from '../translation/texts';
import { SAMPLE_TRIP_ID, sampleId, sampleItinerary, sampleMembers, sampleTrip } from './stepi1996';
import { sampleGlossary } from './stepi1996Glossary';

/**
 * The sample trip says what the seed (STEPI 1997, section III.2 and IV)
 * says, each finding under the question it answers, and hands the hosts a
 * reviewed Japanese text of everything its report prints.
 */

/** The sample's records as a device holds them after the trip (test/fixtures/sampleReport.ts). */
const records = sampleReportRecords;
const WRITTEN = '1996-10-30T09:00:00.000Z';

const glossary = sampleGlossary(
  (id) => ({
    id,
    createdAt: WRITTEN,
    updatedAt: WRITTEN,
    hlc: WRITTEN,
    updatedBy: { deviceId: 'sample-device', memberId: null },
    deletedAt: null,
  }),
  SAMPLE_TRIP_ID,
);

const QUESTIONS = ['central-government', 'administration', 'policy', 'budget', 'infrastructure', 'universities'];
const question = (key: string) => templateQuestionId(SAMPLE_TRIP_ID, key);

/** The organiser's finding for a question, in Korean and in its Japanese. */
function finding(key: string) {
  const note = records().reportNotes.find((entry) => entry.kind === 'finding' && entry.questionId === question(key));
  if (!note) throw new Error(`No finding for ${key}`);
  return { ko: note.body.text, ja: note.body.translations.ja ?? '' };
}

/**
 * Everything the side-by-side report prints under each checklist question
 * (its finding, the members' answers, the Q&A notes linked to it), in one
 * language, by the question's key.
 */
function underQuestions(lang: Language): Map<string, string> {
  const report = compileReport(records(), { layout: 'sideBySide' });
  const findings = report.sections.find((section) => section.kind === 'findings');
  const groups: Block[][] = [];
  for (const block of findings?.blocks ?? []) {
    if (block.type === 'heading' && block.level === 3) groups.push([]);
    else groups.at(-1)?.push(block);
  }
  expect(groups).toHaveLength(QUESTIONS.length);
  const texts = (blocks: Block[]) =>
    blocks
      .flatMap(cellsOf)
      .flatMap((cell) => cell.texts.filter((text) => text.lang === lang).map((text) => text.text))
      .join('\n');
  return new Map(QUESTIONS.map((key, index) => [key, texts(groups[index] ?? [])]));
}

describe("the sample's findings, each under the question it answers", () => {
  const ko = underQuestions('ko');
  const ja = underQuestions('ja');

  it('gives the share of science and technology (1/4~1/5) under the budget (4), and nowhere under the administration (2)', () => {
    expect(finding('budget').ko).toContain('과학기술에 대한 예산은 1/4~1/5 정도의 비중');
    expect(finding('budget').ja).toContain('科学技術に関する予算には4分の1から5分の1程度の比重');
    expect(ko.get('budget')).toContain('1/4~1/5');
    expect(ja.get('budget')).toContain('4分の1から5分の1');
    expect(ko.get('administration')).not.toMatch(/1\/4|1\/5/);
    expect(ja.get('administration')).not.toMatch(/4分の1|5分の1|1\/4/);
    expect(finding('administration').ko).toContain('과학기술심의회와 지침을 만들고 있는');
  });

  it('says of the share what the seed says, the same in every text: not a share of the prefectural budget', () => {
    const sample = records();
    const texts = [
      ...sample.reportNotes.map((note) => note.body),
      ...sample.answers.map((answer) => answer.body),
      ...sample.qaNotes.flatMap((note) => [note.question, note.answer]),
      ...sample.minutes.flatMap((minutes) => [minutes.discussion, minutes.decisions]),
    ];
    const sharing = texts.filter((text) => text.text.includes('1/4'));
    expect(sharing.length).toBeGreaterThanOrEqual(4);
    for (const text of sharing) {
      expect(text.text).toContain('과학기술에 대한 예산은 1/4~1/5 정도의 비중');
      expect(text.translations.ja).toContain('4分の1から5分の1程度の比重');
    }
    for (const text of texts) {
      expect(text.text).not.toMatch(/현 예산의|현의 예산의|산업진흥 예산 안에서/);
      expect(text.translations.ja ?? '').not.toMatch(/県予算の|県の予算の/);
    }
  });

  it('names the research parks and industrial technology centres under the infrastructure (5) and the universities (6)', () => {
    for (const key of ['infrastructure', 'universities']) {
      expect(finding(key).ko).toMatch(/27개 대학, 리서치파크, 공업기술센터/);
      expect(finding(key).ja).toMatch(/27の大学、リサーチパーク、工業技術センター/);
    }
  });

  it('gives the parts industry and the wage gap under the policy (3), in its finding', () => {
    expect(finding('policy').ko).toContain('부품산업의 경쟁력');
    expect(finding('policy').ko).toContain('중국인 40명을 고용할 돈으로 일본인 1명');
    expect(finding('policy').ja).toContain('部品産業の競争力');
    expect(finding('policy').ja).toContain('中国人40人を雇える費用で日本人1人');
    expect(finding('policy').ko).toContain('11월을 과학의 달로');
  });

  it('gives the central government, the budget and the rest each its own facts of the seed', () => {
    expect(finding('central-government').ko).toContain('중앙과 지방의 역할이 명확히 구분되어 있지 않다');
    expect(finding('central-government').ko).toContain('중소기업청의 보조금');
    expect(finding('budget').ko).toContain('총예산 규모가 1조 6천억 엔');
    expect(finding('budget').ko).toContain('재정자립도가 50%');
    expect(finding('infrastructure').ko).toContain('입지조건을 좋게 만드는 것이 무엇보다 중요하다');
    expect(ko.get('infrastructure')).toContain('리서치파크');
    expect(ko.get('universities')).toContain('리서치파크');
    // The administration (2) is answered at Fukuoka by what the governor said of it, the council and its guidelines.
    expect(ko.get('administration')).toContain('과학기술심의회와 지침을 만드는 중');
  });

  it("links each of the governor's answers to the questions it answers, and prints it under them", () => {
    const links = new Map(
      records().qaNotes.map((note) => [
        note.id,
        QUESTIONS.filter((key) => note.checklistQuestionIds.includes(question(key))),
      ]),
    );
    const linked = (key: string) => links.get(sampleId(`qa:${key}`));
    expect(linked('role')).toEqual(['policy']);
    expect(linked('centre')).toEqual(['central-government', 'infrastructure', 'universities']);
    expect(linked('why')).toEqual(['policy']);
    expect(linked('campaign')).toEqual(['policy']);
    expect(linked('rural')).toEqual(['central-government', 'budget', 'infrastructure']);
    expect(linked('budget')).toEqual(['budget']);
    expect(linked('land')).toEqual(['infrastructure']);
    expect(linked('competition')).toEqual(['policy']);
    // Printed under the questions they answer: the governor's own words.
    expect(ko.get('budget')).toContain('과학기술에 대한 예산은 1/4~1/5 정도의 비중을 두고 있다');
    expect(ko.get('policy')).toContain('부품산업의 경쟁력이 결정하므로');
    expect(ko.get('policy')).toContain('중국인 40명을 고용할 돈으로');
    expect(ko.get('infrastructure')).toContain('공단의 값을 낮추는 것보다');
    expect(ja.get('policy')).toContain('部品産業の競争力によって成否が決まる');
  });
});

describe("the sample's evaluation (section IV of the seed)", () => {
  const evaluation = records().reportNotes.find((note) => note.kind === 'evaluation');
  const ko = evaluation?.body.text ?? '';
  const ja = evaluation?.body.translations.ja ?? '';

  it('keeps what the seed singles out and its concrete directions, in both languages', () => {
    for (const words of [
      '과학기술협력 방안을 모색하였다는 점은 획기적이다',
      '지자체간의 공개경쟁을 통한 경쟁원리의 도입',
      '지방 과학기술전문위원 등 공무원의 연구사업 참여',
      '상대국 지자체와의 교섭에 나선 점',
      '중국(省 단위) 및 미국(주정부) 등으로 확대 추진함도 바람직하다',
      '조선족이 밀집한 지역(산동성, 길림성 등)',
      '광전자, 정보통신, 환경기술 등 주별 강점분야',
      '향후 3년간 지속적으로 추진',
    ])
      expect(ko).toContain(words);
    for (const words of [
      '公開競争による競争原理の導入',
      '公務員の研究事業への参加',
      '相手国の自治体との交渉',
      '中国（省単位）および米国（州政府）',
      '山東省、吉林省',
      '光エレクトロニクス、情報通信、環境技術',
      '今後3年間',
    ])
      expect(ja).toContain(words);
  });
});

describe("the sample's names and words", () => {
  it('pairs 과학기술처 with 科学技術処 and 과학기술청 with 科学技術庁: two bodies, not one', () => {
    const japaneseOf = (ko: string) => glossary.find((entry) => entry.term.ko === ko)?.term.ja;
    expect(japaneseOf('과학기술처')).toBe('科学技術処');
    expect(japaneseOf('과학기술청')).toBe('科学技術庁');
    expect(glossary.filter((entry) => entry.term.ja === '科学技術庁').map((entry) => entry.term.ko)).toEqual([
      '과학기술청',
    ]);
  });

  it('writes 후쿠오카, never 후꾸오까 or 후꾸오카', () => {
    const everything = JSON.stringify([records(), glossary, sampleTrip, sampleItinerary, sampleMembers]);
    expect(everything).toContain('후쿠오카');
    expect(everything).not.toMatch(/후꾸|꾸오|오까/);
  });
});

describe("the sample's Japanese", () => {
  const sample = records();
  const texts = tripTexts(sample);
  const narrative = texts.filter((entry) => entry.content.type === 'text');

  it('has a reviewed Japanese translation of every narrative text the report prints', () => {
    expect(narrative).toHaveLength(33);
    expect(narrative.filter((entry) => statusIn(entry, 'ja') !== 'reviewed').map((entry) => entry.key)).toEqual([]);
    expect(countByLanguage(texts, ['ko', 'ja']).find((entry) => entry.lang === 'ja')?.counts).toEqual({
      total: texts.length,
      missing: 0,
      draft: 0,
      reviewed: texts.length,
    });
    expect(translationStatus(sample.trip.purpose, 'ja')).toBe('reviewed');
  });

  it('leaves nothing untranslated or in draft in the Japanese and side-by-side reports', () => {
    for (const layout of ['ja', 'sideBySide'] as const) {
      const report = compileReport(sample, { layout });
      expect(missingTexts(report)).toEqual([]);
      const statuses = report.sections
        .flatMap((section) => section.blocks)
        .flatMap(cellsOf)
        .flatMap((cell) => cell.texts.filter((text) => text.lang === 'ja').map((text) => text.status));
      expect(statuses).not.toContain('draft');
      expect(statuses).not.toContain('missing');
    }
  });

  it("uses the glossary's agreed terms, in the plain style of an official report", () => {
    for (const entry of narrative) {
      const japanese = writtenIn(entry, 'ja');
      expect(japanese.trim(), entry.key).not.toBe('');
      const mismatches = termMismatches(originalOf(entry, ['ko', 'ja']), japanese, 'ja', glossary);
      expect(
        mismatches.map((term) => term.term.ko),
        entry.key,
      ).toEqual([]);
      expect(japanese, entry.key).not.toMatch(/です|ます[。、）\n]|ます$/);
      expect(japanese, entry.key).not.toMatch(/[\uac00-\ud7af]/);
    }
  });
});
