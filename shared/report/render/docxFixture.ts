import type { Cell, ReportDocument } from '../document';

export const HOSTILE = '<img src=x onerror=alert(1)> ]]> &amp; [링크](javascript:alert(1))';

const both = (ko: string, ja: string): Cell => ({
  source: null,
  texts: [
    { lang: 'ko', text: ko, status: 'original' },
    { lang: 'ja', text: ja, status: 'reviewed' },
  ],
});
const koreanOnly = (ko: string): Cell => ({
  source: { table: 'checklistAnswers', id: '0192a0aa-0000-7000-8000-000000000001', field: 'body' },
  texts: [
    { lang: 'ko', text: ko, status: 'original' },
    { lang: 'ja', text: '', status: 'missing', original: { lang: 'ko', text: ko } },
  ],
});

/** A small report as compile makes them: a finding in both languages, an answer not yet in Japanese, a Q&A note, a table. */
export function report(arrangement: ReportDocument['arrangement']): ReportDocument {
  return {
    languages: ['ko', 'ja'],
    arrangement,
    title: both('연수 결과 보고서', '研修結果報告書'),
    about: [
      {
        type: 'fields',
        rows: [{ label: both('기간', '期間'), value: both('1996년 10월 22일 (화)', '1996年10月22日(火)') }],
      },
    ],
    contentsHeading: both('목차', '目次'),
    sections: [
      {
        kind: 'findings',
        anchor: 'findings',
        heading: both('질문별 조사 결과', '質問別の調査結果'),
        blocks: [
          { type: 'heading', level: 3, cell: both('3. 지방의 과학기술 예산', '3. 地方の科学技術予算') },
          {
            type: 'text',
            cell: both('현 예산의 1/4~1/5', '県予算の4分の1から5分の1'),
            labels: [both('조사 결과', '調査結果')],
          },
          { type: 'text', cell: koreanOnly('공업기술센터를 국비 매칭으로 운영'), labels: [both('김 위원', '金委員')] },
          {
            type: 'exchange',
            question: both(HOSTILE, '質問'),
            answer: both('답변', '回答'),
            where: both('후쿠오카현청', '福岡県庁'),
            askedBy: null,
            answeredBy: both('지사', '知事'),
          },
        ],
      },
      {
        kind: 'roster',
        anchor: 'roster',
        heading: both('부록: 연수단 명단', '付録：研修団名簿'),
        blocks: [
          {
            type: 'table',
            columns: [both('이름', '氏名'), both('소속', '所属')],
            rows: [[both('김철수', 'キム・チョルス'), both('경기도', '京畿道')]],
          },
        ],
      },
    ],
  };
}
