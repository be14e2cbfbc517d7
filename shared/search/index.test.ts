import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index';
import type { SearchDoc } from './types';

const at = Date.UTC(2024, 3, 1);
const doc = (id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  recordId: id,
  kind: 'minutes',
  text,
  updatedAt: at,
  ...extra,
});
const indexOf = (...docs: SearchDoc[]) => {
  const index = new SearchIndex();
  index.putMany(docs);
  return index;
};
const ids = (index: SearchIndex, query: string, options = {}) => index.search(query, options).map((hit) => hit.doc.id);
const marked = (index: SearchIndex, query: string) =>
  index.search(query).map((hit) => hit.ranges.map(([start, end]) => hit.doc.text.slice(start, end)));

describe('a query finds its text inside compounds and before particles', () => {
  const index = indexOf(
    doc('a', '지방대학의 역할'),
    doc('b', '과학기술예산은 늘었다'),
    doc('c', '科学技術庁を訪問'),
    doc('d', '九州の共同研究所'),
    doc('e', '대구광역시'),
  );

  it('finds each of the issue’s examples', () => {
    expect(ids(index, '대학')).toEqual(['a']);
    expect(ids(index, '예산')).toEqual(['b']);
    expect(ids(index, '科学技術')).toEqual(['c']);
    expect(ids(index, '研究')).toEqual(['d']);
    expect(ids(index, '研')).toEqual(['d']);
    expect(ids(index, '科學技術廳')).toEqual(['c']);
  });

  it('finds nothing for an empty or blank query, or a word held nowhere', () => {
    expect(ids(index, '')).toEqual([]);
    expect(ids(index, ' \u3000\n')).toEqual([]);
    expect(ids(index, '대학원')).toEqual([]);
    expect(ids(index, '학의 역')).toEqual(['a']);
  });

  it('highlights the real text, whatever form it was written in', () => {
    const other = indexOf(
      doc('nfd', '지방대학의'.normalize('NFD')),
      doc('wide', 'ＳＴＥＰＩの研究'),
      doc('half', 'ｶﾞｲﾄﾞ付き'),
    );
    // 지 and 방 are two and three code units decomposed: 대학 is 5 to 10.
    const [nfd] = other.search('대학');
    expect(nfd?.ranges).toEqual([[5, 10]]);
    expect(nfd?.doc.text.slice(5, 10).normalize('NFC')).toBe('대학');
    expect(marked(other, 'stepi')).toEqual([['ＳＴＥＰＩ']]);
    expect(marked(other, 'ガイド')).toEqual([['ｶﾞｲﾄﾞ']]);
  });
});

describe('several words', () => {
  const index = indexOf(
    doc('far', '예산은 여러 해에 걸쳐 조금씩 늘어난 것으로 보이며 특히 과학기술 분야가', { updatedAt: at + 3 }),
    doc('near', '과학기술 예산이 늘었다', { updatedAt: at + 1 }),
    doc('near-old', '과학기술예산', { updatedAt: at }),
    doc('one', '과학기술 정책', { updatedAt: at + 5 }),
  );

  it('finds the texts that hold all of them', () => {
    expect(ids(index, '과학기술 예산').sort()).toEqual(['far', 'near', 'near-old']);
  });

  it('ranks by how close they stand (side by side, spaced or not, alike), then by recency', () => {
    expect(ids(index, '예산 과학기술')).toEqual(['near', 'near-old', 'far']);
    expect(ids(index, '과학기술')).toEqual(['one', 'far', 'near', 'near-old']);
    const [first, , last] = index.search('예산 과학기술');
    expect(first?.score).toBe(1);
    expect(last?.score).toBeLessThan(first?.score ?? 0);
  });

  it('takes words side by side as a phrase: touching or a space apart, either way round, in any form', () => {
    const other = indexOf(
      doc('apart', 'The governor said research is what the prefecture funds', { updatedAt: at + 9 }),
      doc('glued', 'thegovernor', { updatedAt: at + 20 }),
      doc('phrase', 'Research funds: the governor', { updatedAt: at + 1 }),
      doc('kanji-apart', '技術の科学', { updatedAt: at + 9 }),
      doc('kanji', '科學技術廳', { updatedAt: at }),
      doc('host-apart', '후꾸오까 시 현청', { kind: 'host', names: true, updatedAt: at + 9 }),
      doc('host', '후꾸오까현청', { kind: 'host', names: true, updatedAt: at }),
    );
    expect(ids(other, 'funds research')).toEqual(['phrase', 'apart']);
    expect(ids(other, 'research funds')).toEqual(['phrase', 'apart']);
    expect(ids(other, '科学 技術')).toEqual(['kanji', 'kanji-apart']);
    expect(ids(other, '후쿠오카 현청')).toEqual(['host', 'host-apart']);
    // English words do not touch: "thegovernor" holds both words, not the phrase.
    expect(ids(other, 'the governor')).toEqual(['apart', 'phrase', 'glued']);
  });

  it('highlights every word', () => {
    expect(marked(index, '예산 과학기술')).toEqual([['과학기술', '예산'], ['과학기술예산'], ['예산', '과학기술']]);
  });

  it('highlights every word in order in a long note holding both many times', () => {
    const long = Array.from({ length: 60 }, (_, n) => (n % 3 === 0 ? '예산 과학기술' : '과학기술 예산')).join(', ');
    const [hit] = indexOf(doc('long', long)).search('예산 과학기술');
    const starts = hit?.ranges.map(([start]) => start) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Each of the 120 words on its own, none joined to the next across a comma.
    expect(hit?.ranges.map(([start, end]) => long.slice(start, end))).toEqual(
      Array.from({ length: 60 }, (_, n) => (n % 3 === 0 ? ['예산', '과학기술'] : ['과학기술', '예산'])).flat(),
    );
  });
});

describe('the glossary’s expansions', () => {
  const glossary: Record<string, string[]> = {
    과학기술청: ['科学技術庁', 'Science and Technology Agency'],
    科学技術庁: ['과학기술청'],
  };
  const expand = (word: string) => glossary[word] ?? [];
  const index = indexOf(
    doc('ko', '과학기술청 방문'),
    doc('ja', '科學技術廳を訪問した'),
    doc('en', 'a visit to the Science and\nTechnology Agency'),
    doc('visit-ja', '訪問の記録'),
  );

  it('finds a word or any of its alternatives', () => {
    expect(ids(index, '과학기술청', { expand }).sort()).toEqual(['en', 'ja', 'ko']);
    expect(ids(index, '科学技術庁', { expand }).sort()).toEqual(['ja', 'ko']);
    expect(ids(index, '과학기술청')).toEqual(['ko']);
  });

  it('expands each word alone, and all words must still be found', () => {
    expect(ids(index, '과학기술청 訪問', { expand })).toEqual(['ja']);
    const [hit] = index.search('과학기술청 訪問', { expand });
    expect(hit?.ranges.map(([start, end]) => hit.doc.text.slice(start, end))).toEqual(['科學技術廳', '訪問']);
  });
});

describe('the index kept as notes change', () => {
  it('replaces a text by id, removes a text, and a record with all its texts', () => {
    const index = indexOf(
      doc('q:1:question', '연구 예산은?', { recordId: 'q:1' }),
      doc('q:1:answer', '예산 절반', { recordId: 'q:1' }),
      doc('m:1', '예산 회의'),
    );
    expect(index.size).toBe(3);
    index.put(doc('m:1', '인력 회의'));
    expect(ids(index, '예산').sort()).toEqual(['q:1:answer', 'q:1:question']);
    expect(ids(index, '인력')).toEqual(['m:1']);
    index.removeRecord('q:1');
    expect(ids(index, '예산')).toEqual([]);
    index.remove('m:1');
    index.remove('m:1');
    expect(index.size).toBe(0);
    expect(ids(index, '회의')).toEqual([]);
  });

  it('numbers its texts again when most were removed, and still finds the rest', () => {
    const index = new SearchIndex();
    for (let n = 0; n < 3000; n += 1) index.put(doc(`n${n}`, `회의 ${n}번`, { updatedAt: at + n }));
    for (let n = 0; n < 2500; n += 1) index.remove(`n${n}`);
    expect(index.size).toBe(500);
    expect(ids(index, '회의', { limit: 3 })).toEqual(['n2999', 'n2998', 'n2997']);
    expect(ids(index, '2500번')).toEqual(['n2500']);
    expect(ids(index, '2499번')).toEqual([]);
  });
});

describe('filters and limits', () => {
  const index = indexOf(
    doc('a1', '예산 회의', { kind: 'answer', visitId: 'v1', questionId: 'q1', memberId: 'm1', updatedAt: at + 1 }),
    doc('a2', '예산 보고', { kind: 'answer', visitId: 'v2', questionId: 'q1', memberId: 'm2', updatedAt: at + 2 }),
    doc('m1', '예산 논의', { kind: 'minutes', visitId: 'v1', updatedAt: at + 3 }),
  );

  it('keeps the hits of the kinds, visit, question and member asked for', () => {
    expect(ids(index, '예산', { filter: { kinds: ['answer'] } })).toEqual(['a2', 'a1']);
    expect(ids(index, '예산', { filter: { visitId: 'v1' } })).toEqual(['m1', 'a1']);
    expect(ids(index, '예산', { filter: { questionId: 'q1', memberId: 'm1' } })).toEqual(['a1']);
    expect(ids(index, '예산', { filter: { kinds: [] } })).toEqual([]);
  });

  it('gives the best first, at most the limit', () => {
    expect(ids(index, '예산', { limit: 2 })).toEqual(['m1', 'a2']);
    expect(ids(index, '예산', { limit: 0 })).toEqual([]);
  });
});
