import { describe, expect, it } from 'vitest';
import { allOf, glossaryExpansion, placeExpansion } from './expansions';
import { SearchIndex } from './index';

const terms = [
  { ko: '과학기술청', ja: '科学技術庁', en: 'Science and Technology Agency' },
  { ko: '과학기술처', ja: '韓国科学技術処' },
];

describe('the glossary in a search', () => {
  it('gives a word that is one of a term’s forms the term’s other forms, in any script or width', () => {
    const expand = glossaryExpansion(terms);
    expect(expand('科学技術庁').sort()).toEqual(['Science and Technology Agency', '과학기술청'].sort());
    expect(expand('科學技術廳')).toContain('과학기술청');
    expect(expand('과학기술청')).toContain('科学技術庁');
    // Not a term, nor a part of one: nothing added.
    expect(expand('과학기술')).toEqual([]);
  });

  it('lets a Japanese query find the Korean note that renders it, and back', () => {
    const index = new SearchIndex();
    index.put({ id: 'ko', recordId: 'a', kind: 'answer', text: '과학기술청의 지원으로 연구소를 세웠다', updatedAt: 1 });
    index.put({ id: 'ja', recordId: 'b', kind: 'answer', text: '科学技術庁の予算', updatedAt: 2 });
    const expand = glossaryExpansion(terms);
    expect(
      index
        .search('科学技術庁', { expand })
        .map((hit) => hit.doc.id)
        .sort(),
    ).toEqual(['ja', 'ko']);
    expect(
      index
        .search('과학기술청', { expand })
        .map((hit) => hit.doc.id)
        .sort(),
    ).toEqual(['ja', 'ko']);
    expect(index.search('科学技術庁').map((hit) => hit.doc.id)).toEqual(['ja']);
  });
  it('finds a Japanese place by any of its forms: Hangul (old spellings too), kana and kanji', () => {
    const index = new SearchIndex();
    index.put({ id: 'ja', recordId: 'a', kind: 'item', text: '福岡県庁', updatedAt: 1 });
    index.put({ id: 'osaka', recordId: 'b', kind: 'answer', text: '大阪の産業技術研究所', updatedAt: 2 });
    index.put({ id: 'ko', recordId: 'c', kind: 'answer', text: '후쿠오카현은 예산이 많다', updatedAt: 3 });
    const expand = allOf(glossaryExpansion(terms), placeExpansion);
    const found = (query: string) =>
      index
        .search(query, { expand })
        .map((hit) => hit.doc.id)
        .sort();
    expect(found('후쿠오카')).toEqual(['ja', 'ko']);
    expect(found('후꾸오까')).toEqual(['ja', 'ko']);
    expect(found('ふくおか')).toEqual(['ja', 'ko']);
    expect(found('おおさか')).toEqual(['osaka']);
    expect(found('오사카')).toEqual(['osaka']);
    // Only whole words are places: 오사 is no place, nor is 까지 anything but itself.
    expect(placeExpansion('오사')).toEqual([]);
    expect(placeExpansion('까지')).toEqual([]);
  });
});
