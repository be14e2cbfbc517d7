import { describe, expect, it } from 'vitest';
import { glossaryExpansion } from './glossary';
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
});
