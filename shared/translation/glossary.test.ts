import { describe, expect, it } from 'vitest';
import { findTerms, termMismatches, termsToOffer } from './glossary';

const terms = [
  { id: 'most', term: { ko: '과학기술처', ja: '科学技術庁', en: 'Science and Technology Agency' } },
  { id: 'local', term: { ko: '지방자치단체', ja: '地方自治体' } },
  { id: 'autonomy', term: { ko: '자치', ja: '自治' } },
  { id: 'prefecture', term: { ko: '현', ja: '県' } },
];

describe('glossary terms in a text', () => {
  it('finds the longer of two overlapping terms, and a one-character term only at the end of a word', () => {
    const text = '후쿠오카현은 현재 지방자치단체와 과학기술처의 협력을. 현은 기초 인프라를, 현대의 현장';
    const found = findTerms(text, 'ko', terms).map((match) => [match.start, text.slice(match.start, match.end)]);
    expect(found).toEqual([
      [4, '현'],
      [10, '지방자치단체'],
      [18, '과학기술처'],
      [30, '현'],
    ]);
    expect(findTerms('県の施策と福岡県', 'ja', terms).map((match) => match.start)).toEqual([0, 7]);
  });

  it('does not take a one-syllable term for the last syllable of another word: 실현, 표현, 현재', () => {
    const found = (text: string) => findTerms(text, 'ko', terms).map((match) => match.start);
    expect(found('실현')).toEqual([]);
    expect(found('표현')).toEqual([]);
    expect(found('현재')).toEqual([]);
    expect(found('협력을 실현은 했지만 표현의 차이로 현재')).toEqual([]);
    expect(found('후쿠오카현')).toEqual([4]);
    expect(found('현은')).toEqual([0]);
    expect(found('현의')).toEqual([0]);
    expect(found('후쿠오카현의 정책을 실현하고 현은 표현을')).toEqual([4, 16]);
  });

  it('finds a one-kanji term at the end of a name and before a particle: 福岡県, 県の', () => {
    const found = (text: string) => findTerms(text, 'ja', terms).map((match) => match.start);
    expect(found('福岡県')).toEqual([2]);
    expect(found('県の')).toEqual([0]);
    expect(found('全県で実現、県の表現')).toEqual([1, 6]);
  });

  it('offers each agreed counterpart once, and flags a translation that renders a term otherwise', () => {
    const original = { lang: 'ko' as const, text: '과학기술처와 과학기술처, 지방자치단체' };
    expect(termsToOffer(original, 'ja', terms).map((term) => term.term.ja)).toEqual(['科学技術庁', '地方自治体']);
    expect(termMismatches(original, '科学技術省と地方自治体', 'ja', terms).map((term) => term.id)).toEqual(['most']);
    expect(termMismatches(original, '', 'ja', terms)).toEqual([]);
  });
});
