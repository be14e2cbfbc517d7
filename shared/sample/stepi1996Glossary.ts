import type { GlossaryTerm, RecordId, RecordMeta } from '../model';
import type { LocalizedName } from '../model/text';
import { sampleId } from './stepi1996';

/**
 * The sample trip's glossary: the offices and words of the seed (STEPI 1997)
 * that the delegation's Korean and the hosts' Japanese name differently, as
 * they stood in 1996. Korea's 과학기술처 (a ministry, 科学技術処 in Japanese)
 * and Japan's 科学技術庁 (an agency, 과학기술청 in Korean, 과기청 in the seed)
 * are two bodies, each its government's office for science and technology.
 */
const TERMS: readonly { key: string; term: Required<LocalizedName>; note: string }[] = [
  {
    key: 'science-technology',
    term: { ko: '과학기술처', ja: '科学技術処', en: 'Ministry of Science and Technology (Korea)' },
    note: '1996년 한국 정부의 과학기술 행정 부처. 일본의 과학기술청(科学技術庁)과는 다른 기관',
  },
  {
    key: 'science-technology-agency',
    term: { ko: '과학기술청', ja: '科学技術庁', en: 'Science and Technology Agency (Japan)' },
    note: '1996년 일본 정부의 과학기술 행정기관. 약칭 과기청 / 科技庁. 한국의 과학기술처(科学技術処)와는 다른 기관',
  },
  {
    key: 'miti',
    term: { ko: '통상산업성', ja: '通商産業省', en: 'Ministry of International Trade and Industry' },
    note: '약칭 통산성 / 通産省',
  },
  {
    key: 'sme-agency',
    term: { ko: '중소기업청', ja: '中小企業庁', en: 'Small and Medium Enterprise Agency' },
    note: '',
  },
  {
    key: 'local-government',
    term: { ko: '지방자치단체', ja: '地方自治体', en: 'local government' },
    note: '줄여서 지자체',
  },
  { key: 'prefectural-office', term: { ko: '현청', ja: '県庁', en: 'prefectural government' }, note: '' },
  { key: 'prefecture', term: { ko: '현', ja: '県', en: 'prefecture' }, note: '후쿠오카현 = 福岡県' },
  { key: 'governor', term: { ko: '지사', ja: '知事', en: 'governor' }, note: '현지사 = 県知事' },
  {
    key: 'technology-centre',
    term: { ko: '공업기술센터', ja: '工業技術センター', en: 'industrial technology centre' },
    note: '',
  },
  { key: 'r-and-d', term: { ko: '연구개발', ja: '研究開発', en: 'research and development' }, note: '' },
  { key: 'regional-industry', term: { ko: '지역산업', ja: '地域産業', en: 'regional industry' }, note: '' },
];

/** The glossary's records, with fixed ids (one glossary on every device that loads the sample). */
export function sampleGlossary(meta: (id: RecordId) => RecordMeta, tripId: RecordId): GlossaryTerm[] {
  return TERMS.map(({ key, term, note }) => ({
    ...meta(sampleId(`glossary:${key}`)),
    tripId,
    term: { ...term },
    note,
  }));
}
