import { describe, expect, it } from 'vitest';
import { sampleReportRecords } from '../../test/fixtures/sampleReport';
import type { Language } from '../i18n/languages';
import { answerId, type ChecklistAnswer, type QaNote, type TranslatableText, templateQuestionId } from '../model';
import { SAMPLE_TRIP_ID, sampleId } from '../sample/stepi1996';
import { compileReport, compileVisitSummary } from './compile';
import { type Block, type Cell, cellsOf, countMissing, missingTexts, type ReportDocument } from './document';

const bilingual = { layout: 'sideBySide' } as const;

function section(document: ReportDocument, kind: string) {
  const found = document.sections.find((part) => part.kind === kind);
  if (!found) throw new Error(`No ${kind} section`);
  return found;
}

const textIn = (cell: Cell, lang: Language) => cell.texts.find((text) => text.lang === lang)?.text ?? '';

/** The blocks under each level-3 heading of a section, by the heading's text in `lang`. */
function underHeadings(blocks: readonly Block[], lang: Language): Map<string, Block[]> {
  const groups = new Map<string, Block[]>();
  let current: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 3) {
      current = [];
      groups.set(textIn(block.cell, lang), current);
    } else current.push(block);
  }
  return groups;
}

/** The Japanese status of each report note's text in a document, by the note's id. */
function jaStatuses(document: ReportDocument): Map<string, string> {
  const cells = document.sections.flatMap((part) => part.blocks).flatMap(cellsOf);
  const notes = cells.filter((cell) => cell.source?.table === 'reportNotes');
  return new Map(
    notes.map((cell) => [cell.source?.id ?? '', cell.texts.find((text) => text.lang === 'ja')?.status ?? '']),
  );
}

const allTexts = (blocks: readonly Block[], lang: Language) =>
  blocks.flatMap(cellsOf).map((cell) => textIn(cell, lang));

/** The sample as a trip is before anyone translates it: the members' answers and the Q&A in Korean alone. */
function untranslated(records: ReturnType<typeof sampleReportRecords>) {
  const korean = (text: TranslatableText): TranslatableText => ({ lang: text.lang, text: text.text, translations: {} });
  for (const answer of records.answers) answer.body = korean(answer.body);
  for (const note of records.qaNotes)
    Object.assign(note, { question: korean(note.question), answer: korean(note.answer) });
  return records;
}

describe('the sample trip compiled as a bilingual report', () => {
  const records = sampleReportRecords();
  const report = compileReport(records, bilingual);

  it('is in Korean and Japanese side by side, in the seed order of sections', () => {
    expect(report.languages).toEqual(['ko', 'ja']);
    expect(report.arrangement).toBe('sideBySide');
    expect(report.sections.map((part) => part.kind)).toEqual([
      'findings',
      'visits',
      'qa',
      'evaluation',
      'followUps',
      'itinerary',
      'roster',
    ]);
    expect(textIn(section(report, 'findings').heading, 'ja')).toBe('チェック項目別の調査結果');
  });

  it('opens with an overview: purpose, headcount, where the members come from, whom they visited, when and by whom it was written', () => {
    const withDate = compileReport(records, { ...bilingual, writtenOn: '1997-01-15' });
    const [about] = withDate.about;
    const rows = about?.type === 'fields' ? about.rows : [];
    const fact = (label: string, lang: Language) =>
      textIn(rows.find((row) => textIn(row.label, 'ko') === label)?.value ?? { source: null, texts: [] }, lang);
    expect(fact('목적', 'ko')).toBe(records.trip.purpose.text);
    expect(fact('연수단', 'ko')).toBe('17명');
    expect(fact('연수단', 'ja')).toBe('17名');
    // Names listed as the report lists every set of names, a visit's attendees too: "A, B 및 C", "A、B、C".
    expect(fact('참가 기관', 'ko').split(/, | 및 /)).toHaveLength(13);
    expect(fact('참가 기관', 'ko')).toMatch(/^서울특별시, 부산광역시, .+ 및 [^,]+$/);
    expect(fact('참가 기관', 'ja').split('、')).toEqual(expect.arrayContaining(['ソウル特別市', '済州道']));
    expect(fact('방문 기관', 'ja')).toContain('福岡県庁');
    expect(fact('작성일', 'ko')).toBe('1997년 1월 15일 (수)');
    expect(fact('작성', 'ko')).toContain('STEPI');
  });

  it('has every checklist question, numbered as the seed numbers them, in both languages', () => {
    const findings = section(report, 'findings').blocks;
    expect([...underHeadings(findings, 'ko').keys()]).toEqual([
      '(1) 중앙정부와의 협력을 어떻게 수행하고 있는가?',
      '(2) 지자체의 과학기술행정체제는 어떠한가?',
      '(3) 지자체의 과학기술정책이 어떻게 추진되고 있는가?',
      '(4) 지자체의 과학기술예산은 어떻게 조달되고 있는가?',
      '(5) 지역의 과학기술하부구조는 어떻게 구축되고 있는가?',
      '(6) 지방대학의 역할은 어떠한가?',
    ]);
    expect([...underHeadings(findings, 'ja').keys()][2]).toBe('(3) 自治体の科学技術政策はどのように推進されているか。');
  });

  it("puts the Fukuoka governor's answers under questions 3 and 4, and not the others' under them", () => {
    const [, , policy, budget] = [...underHeadings(section(report, 'findings').blocks, 'ko').values()];
    const answersTo = (blocks: Block[] = []) =>
      blocks.flatMap((block) => (block.type === 'exchange' ? [textIn(block.answer, 'ko')] : []));
    expect(answersTo(policy)).toEqual([
      expect.stringContaining('산업기술의 중요성을 인식해서'),
      expect.stringContaining('부품산업의 경쟁력'),
      expect.stringContaining('11월을 과학의 달로'),
      expect.stringContaining('중국인 40명을 고용할 돈으로'),
    ]);
    expect(answersTo(budget)).toEqual([
      expect.stringContaining('총예산 규모가 1조 6천억 엔'),
      expect.stringContaining('1/4~1/5 정도의 비중'),
    ]);
    const exchange = policy?.find((block) => block.type === 'exchange');
    expect(exchange?.type === 'exchange' && exchange.answeredBy && textIn(exchange.answeredBy, 'ja')).toBe(
      '福岡県知事',
    );
  });

  it("gives each member's answer with the member and the visit, named for each language", () => {
    const budget = [...underHeadings(section(report, 'findings').blocks, 'ja').values()][3] ?? [];
    const answers = budget.filter((block) => block.type === 'text').filter((block) => block.labels.length > 0);
    expect(answers).toHaveLength(2);
    // In the delegation's order (Seoul before Busan, as the roster holds them), not in 가나다 order.
    expect(answers.map((block) => block.labels.map((label) => textIn(label, 'ja')))).toEqual([
      ['ソウル特別市 科学技術専門委員', '福岡県庁'],
      ['釜山広域市 科学技術専門委員', '福岡県庁'],
    ]);
    expect(answers[0]?.labels.map((label) => textIn(label, 'ko'))).toEqual([
      '서울특별시 과학기술전문위원',
      '후쿠오카현청',
    ]);
  });

  it('has one summary per item where notes are taken, visits, lectures and the debrief alike', () => {
    const names = [...underHeadings(section(report, 'visits').blocks, 'ja').keys()];
    expect(names).toEqual([
      '熊本県庁',
      '講演1：日本の地域科学技術振興政策',
      '講演2：産学共同研究とリサーチパーク',
      '福岡県庁',
      '岐阜県庁',
      '神奈川県庁',
      '講演3：かながわサイエンスパークと地域の技術革新',
      '通商産業省',
      '科学技術庁',
      '研修団まとめ会議',
    ]);
  });

  it('has every Q&A note in the digest, under the visit where it was asked', () => {
    const digest = underHeadings(section(report, 'qa').blocks, 'ko');
    expect([...digest.keys()]).toEqual(['후쿠오카현청']);
    const questions = (digest.get('후쿠오카현청') ?? []).flatMap((block) =>
      block.type === 'exchange' ? [textIn(block.question, 'ko')] : [],
    );
    expect(questions).toEqual(records.qaNotes.map((note) => note.question.text));
  });

  it("gives the seed's findings under the questions they answer, first under each, as the organiser's text", () => {
    const findings = [...underHeadings(section(report, 'findings').blocks, 'ko').values()];
    const finding = (blocks: Block[] = []) => {
      const index = blocks.findIndex((block) => block.type === 'heading' && textIn(block.cell, 'ko') === '종합 의견');
      const next = blocks[index + 1];
      return index === 0 && next?.type === 'text' ? next : undefined;
    };
    expect(findings.map((blocks) => finding(blocks)?.cell.source?.table)).toEqual(Array(6).fill('reportNotes'));
    const texts = findings.map((blocks) => textIn(finding(blocks)?.cell as Cell, 'ko'));
    expect(texts[0]).toContain('중앙과 지방의 역할이 명확히 구분되어 있지 않다');
    expect(texts[1]).toContain('과학기술심의회와 지침을');
    expect(texts[2]).toContain('11월을 과학의 달로');
    expect(texts[3]).toContain('재정자립도가 50%');
    expect(texts[4]).toContain('입지조건을 좋게 만드는');
    expect(texts[5]).toContain('27개 대학');
    expect(finding(findings[3])?.cell.texts[1]).toEqual({
      lang: 'ja',
      text: expect.stringContaining('自主財源比率は50%'),
      status: 'reviewed',
    });
  });

  it("has the organiser's summary of the Fukuoka visit and the seed's evaluation and way ahead", () => {
    const fukuoka = underHeadings(section(report, 'visits').blocks, 'ko').get('후쿠오카현청') ?? [];
    const summary = fukuoka.find((block) => block.type === 'text');
    expect(summary?.type === 'text' && textIn(summary.cell, 'ko')).toContain('연수단 등 30명 참석');
    // How many the hosts expected, among the visit's facts, in each language.
    expect(allTexts(fukuoka, 'ko')).toContain('예상 인원: 양측 합계 약 30명');
    expect(allTexts(fukuoka, 'ja')).toContain('予定人数: 双方の合計約30名');
    const kumamoto = underHeadings(section(report, 'visits').blocks, 'ja').get('熊本県庁') ?? [];
    expect(allTexts(kumamoto, 'ja')).toContain('概要はまだ書かれていません');
    expect(allTexts(kumamoto, 'ja').some((text) => text.startsWith('予定人数'))).toBe(false);
    const evaluation = allTexts(section(report, 'evaluation').blocks, 'ko').join('\n');
    expect(evaluation).toContain('과학기술협력 방안을 모색하였다는 점은 획기적이다');
    expect(evaluation).toContain('향후 3년간 지속적으로 추진');
  });

  it('says which translations are reviewed and which are drafts', () => {
    const reviewed = sampleReportRecords();
    const [first, second] = reviewed.reportNotes;
    if (!first || !second) throw new Error('The sample has report notes');
    first.body = {
      ...first.body,
      translations: { ja: '中央と地方の役割は明確に分かれていない。' },
      reviewed: { ja: true },
    };
    second.body = { ...second.body, translations: { ja: '県は科学技術審議会と指針を作成している。' }, reviewed: {} };
    const statuses = jaStatuses(compileReport(reviewed, bilingual));
    expect(statuses.get(first.id)).toBe('reviewed');
    expect(statuses.get(second.id)).toBe('draft');
  });

  it('lists the open follow-up from the minutes with its owner, in both languages', () => {
    const table = section(report, 'followUps').blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.rows.map((row) => row.map((cell) => textIn(cell, 'ja')))).toEqual([
      ['福岡県の科学の月の行事資料の提供依頼', 'STEPI 研修団長', '福岡県庁'],
    ]);
    expect(table?.type === 'table' && textIn(table.rows[0]?.[0] as Cell, 'ko')).toBe(
      '후쿠오카현 과학의 달 행사 자료 요청',
    );
  });

  it('has the itinerary and the roster as appendices, every row in each language', () => {
    const itinerary = section(report, 'itinerary').blocks[0];
    expect(itinerary?.type === 'table' && itinerary.rows).toHaveLength(records.items.length);
    const rows = itinerary?.type === 'table' ? itinerary.rows : [];
    const fukuoka = rows.find((row) => textIn(row[3] as Cell, 'ja') === '福岡県庁');
    expect(fukuoka?.map((cell) => textIn(cell, 'ja'))).toEqual([
      '10月22日(火)',
      '15:20\u2060～\u206016:10',
      '訪問',
      '福岡県庁',
      expect.stringContaining('福岡県福岡市博多区'),
      // The hosts prepare for how many come, both sides together, as the organiser wrote it.
      '研修団全員（予定人数: 双方の合計約30名）',
    ]);
    // The free day has no place in any language: nothing to translate, so nothing counted.
    const free = rows.find((row) => textIn(row[3] as Cell, 'ko') === '자유 일정');
    expect(free?.[4]?.texts.map((text) => text.status)).toEqual(['original', 'original']);
    const roster = section(report, 'roster').blocks[0];
    expect(roster?.type === 'table' && roster.rows.map((row) => textIn(row[0] as Cell, 'ja'))).toHaveLength(17);
    expect(roster?.type === 'table' && roster.rows.map((row) => textIn(row[2] as Cell, 'ja')).slice(0, 3)).toEqual([
      '引率',
      '引率',
      '団員',
    ]);
    // Each member's affiliation as written in each language: 경기도 is 京畿道 in Japanese, nothing missing.
    const affiliations = roster?.type === 'table' ? roster.rows.map((row) => row[1] as Cell) : [];
    expect(affiliations.map((cell) => [textIn(cell, 'ko'), textIn(cell, 'ja')])).toEqual(
      expect.arrayContaining([
        ['STEPI 과학기술국제협력단', 'STEPI 科学技術国際協力団'],
        ['경기도', '京畿道'],
        ['서울특별시', 'ソウル特別市'],
        ['부산광역시', '釜山広域市'],
      ]),
    );
    expect(missingTexts(report).filter((text) => text.source?.table === 'members')).toEqual([]);
  });

  it('marks a Korean note without a Japanese translation as missing there, and counts it', () => {
    const records = untranslated(sampleReportRecords());
    const report = compileReport(records, bilingual);
    const quoted = missingTexts(report).filter((text) => text.source?.table === 'qaNotes');
    // Each Q&A note's question and answer once, though the notes are linked to 12 checklist questions.
    expect(quoted).toHaveLength(records.qaNotes.length * 2);
    const missing = missingTexts(report).filter((text) => text.source?.table === 'checklistAnswers');
    expect(missing).toHaveLength(records.answers.length);
    expect(missing.every((text) => text.lang === 'ja')).toBe(true);
    const budget = [...underHeadings(section(report, 'findings').blocks, 'ko').values()][3] ?? [];
    const answer = budget.find((block) => block.type === 'text' && block.labels.length > 0);
    expect(answer?.type === 'text' && answer.cell.texts).toEqual([
      { lang: 'ko', text: expect.stringContaining('과학기술에 대한 예산은'), status: 'original' },
      { lang: 'ja', text: '', status: 'missing' },
    ]);
  });

  it('counts one missing translation less once an answer is translated', () => {
    const translated = untranslated(sampleReportRecords());
    const first = translated.answers[0] as ChecklistAnswer;
    first.body = { ...first.body, translations: { ja: '総予算1兆6千億円、自主財源比率50%。' } };
    const before = countMissing(compileReport(untranslated(sampleReportRecords()), bilingual)).ja ?? 0;
    expect(before).toBeGreaterThan(0);
    expect(countMissing(compileReport(translated, bilingual)).ja).toBe(before - 1);
  });
});

describe('compiling a report', () => {
  it('in Japanese alone marks an untranslated Korean text as missing and keeps its original apart from the Japanese text', () => {
    const report = compileReport(untranslated(sampleReportRecords()), { layout: 'ja' });
    expect(report.languages).toEqual(['ja']);
    expect(report.arrangement).toBe('single');
    const blocks = report.sections.flatMap((part) => part.blocks);
    const texts = blocks.flatMap(cellsOf).flatMap((cell) => cell.texts);
    expect(texts.every((text) => text.lang === 'ja')).toBe(true);
    expect(texts.filter((text) => text.text && /[\uac00-\ud7af]/.test(text.text))).toEqual([]);
    expect(allTexts(blocks, 'ja')).toContain('福岡県知事');
    const missing = texts.find(
      (text) => text.status === 'missing' && text.original?.text.includes('과학기술에 대한 예산은'),
    );
    expect(missing).toEqual({
      lang: 'ja',
      text: '',
      status: 'missing',
      original: { lang: 'ko', text: expect.any(String) },
    });
  });

  it('includes notes taken at lectures and meetings, and none from an item where notes are not taken', () => {
    const records = sampleReportRecords();
    const tripId = SAMPLE_TRIP_ID;
    const [budgetAnswer] = records.answers as [ChecklistAnswer];
    const [qa] = records.qaNotes as [QaNote];
    const question = templateQuestionId(tripId, 'universities');
    const at = (key: string, text: string): ChecklistAnswer => ({
      ...budgetAnswer,
      id: answerId(sampleId(`item:${key}`), question, budgetAnswer.memberId),
      visitId: sampleId(`item:${key}`),
      questionId: question,
      body: { lang: 'ko', text, translations: {} },
    });
    records.answers.push(at('lecture-2', '강연: 큐슈 리서치파크의 산학 공동연구'), at('to-gifu', '이동 중 메모'));
    records.qaNotes.push({
      ...qa,
      id: sampleId('qa:debrief'),
      visitId: sampleId('item:debrief'),
      question: { lang: 'ko', text: '후속 연수는 언제인가?', translations: {} },
      checklistQuestionIds: [question],
    });
    const report = compileReport(records, bilingual);
    const universities = [...underHeadings(section(report, 'findings').blocks, 'ko').values()][5] ?? [];
    expect(allTexts(universities, 'ko')).toEqual(
      expect.arrayContaining([
        '강연: 큐슈 리서치파크의 산학 공동연구',
        '강연 2: 산학 공동연구와 리서치파크',
        '후속 연수는 언제인가?',
      ]),
    );
    expect(
      allTexts(
        report.sections.flatMap((part) => part.blocks),
        'ko',
      ),
    ).not.toContain('이동 중 메모');
    expect([...underHeadings(section(report, 'qa').blocks, 'ko').keys()]).toEqual(['후쿠오카현청', '연수단 정리 회의']);
  });

  it('prints a Q&A note linked to four questions once, in full under the one linked first, and says where from the three others', () => {
    const records = sampleReportRecords();
    const [qa] = records.qaNotes as [QaNote];
    const [, second, third, fourth, fifth] = records.questions.map((question) => question.id);
    const question = {
      lang: 'ko' as const,
      text: '예산은 어떻게 마련하는가?',
      translations: { ja: '予算はどう確保するのか。' },
    };
    records.qaNotes.splice(0, records.qaNotes.length, {
      ...qa,
      question,
      checklistQuestionIds: [third, second, fourth, fifth].filter((id) => id !== undefined),
    });
    const report = compileReport(records, bilingual);
    const [, two, three, four, five] = [...underHeadings(section(report, 'findings').blocks, 'ko').values()];
    const exchanges = (blocks: Block[] = []) => blocks.filter((block) => block.type === 'exchange');
    expect(exchanges(three).map((block) => block.type === 'exchange' && textIn(block.question, 'ko'))).toEqual([
      question.text,
    ]);
    for (const under of [two, four, five]) {
      expect(exchanges(under)).toEqual([]);
      const said = (under ?? []).flatMap((block) => (block.type === 'placeholder' ? [block.cell] : []));
      expect(said.map((cell) => textIn(cell, 'ko'))).toContain(
        `질의응답 “${question.text}”: (3)번 질문 아래에 전문이 있습니다.`,
      );
      expect(said.map((cell) => textIn(cell, 'ja'))).toContain(
        `質疑応答「${question.translations.ja}」: 全文は質問(3)の下にあります。`,
      );
    }
  });

  it('leaves out deleted notes and follow-ups already done', () => {
    const records = sampleReportRecords();
    const [qa] = records.qaNotes as [QaNote];
    qa.deletedAt = '1996-10-30T10:00:00.000Z';
    const followUp = records.minutes[0]?.followUps[0];
    if (followUp) followUp.done = true;
    const report = compileReport(records, bilingual);
    const texts = allTexts(
      report.sections.flatMap((part) => part.blocks),
      'ko',
    );
    expect(texts).not.toContain(qa.question.text);
    expect(texts).not.toContain('후쿠오카현 과학의 달 행사 자료 요청');
    expect(texts).toContain('남은 후속 조치가 없습니다');
  });

  it('puts the sections in the order asked and leaves out the others', () => {
    const report = compileReport(sampleReportRecords(), { layout: 'ko', sections: ['roster', 'findings'] });
    expect(report.sections.map((part) => part.kind)).toEqual(['roster', 'findings']);
  });

  it("writes dates in each language's convention, with the Japanese era when asked", () => {
    const dates = (options: Parameters<typeof compileReport>[1]) => {
      const visits = compileReport(sampleReportRecords(), options);
      const lang = visits.languages[0] ?? 'ko';
      const fukuoka = underHeadings(section(visits, 'visits').blocks, lang).get(
        lang === 'ko' ? '후쿠오카현청' : '福岡県庁',
      )?.[0];
      return fukuoka?.type === 'list' ? fukuoka.items[0]?.texts.map((text) => text.text) : [];
    };
    expect(dates(bilingual)).toEqual([
      '1996년 10월 22일 (화) 15:20~16:10',
      '1996年10月22日(火) 15:20\u2060～\u206016:10',
    ]);
    expect(dates({ layout: 'ja', japaneseEra: true })).toEqual([expect.stringMatching(/^平成8年10月22日\(火\) /)]);
  });
});

describe("one visit's summary for its host", () => {
  it('holds that visit, its Q&A and the answers given there, in Japanese', () => {
    const summary = compileVisitSummary(sampleReportRecords(), sampleId('item:fukuoka'), { layout: 'ja' });
    expect(textIn(summary.title, 'ja')).toBe('福岡県庁');
    expect(summary.sections.map((part) => part.kind)).toEqual(['visits', 'qa', 'findings']);
    const exchanges = section(summary, 'qa').blocks.filter((block) => block.type === 'exchange');
    expect(exchanges).toHaveLength(8);
    const answers = section(summary, 'findings').blocks.filter((block) => block.type === 'text');
    expect(answers.every((block) => block.type === 'text' && block.labels.length === 2)).toBe(true);
    expect(answers).toHaveLength(6);
  });

  it('is refused for an item where no notes are taken', () => {
    expect(() => compileVisitSummary(sampleReportRecords(), sampleId('item:to-gifu'), { layout: 'ja' })).toThrow();
  });
});
