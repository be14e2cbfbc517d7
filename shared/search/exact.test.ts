import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index';
import { generatedSearchDocs, random, sampleSearchDocs, searchQueries } from './sampleDocs';
import { type ScannedText, scan, scannable } from './scan';
import type { SearchDoc, SearchFilter } from './types';

/**
 * "Results are exact": the index answers every query as the naive scan over
 * the same folded texts does (scan.ts), for queries cut from the texts at
 * random in Korean, Japanese and English, written in other forms, of
 * several words, and for words held nowhere.
 */

const FILTERS: readonly (SearchFilter | undefined)[] = [
  undefined,
  { kinds: ['answer', 'minutes'] },
  { visitId: 'visit-3' },
  { memberId: 'member-2', kinds: ['qaNote', 'answer'] },
];

function expectSameAnswers(index: SearchIndex, texts: readonly ScannedText[], queries: readonly string[]) {
  let found = 0;
  queries.forEach((query, n) => {
    const all = index.search(query).map((hit) => hit.doc.id);
    expect(new Set(all), query).toEqual(new Set(scan(texts, query).map((hit) => hit.doc.id)));
    expect(all).toHaveLength(new Set(all).size);
    const options = { limit: 10, filter: FILTERS[n % FILTERS.length] };
    expect(index.search(query, options), query).toEqual(scan(texts, query, options));
    if (all.length > 0) found += 1;
  });
  return found;
}

describe('the index answers as a naive substring scan over the same folded texts', () => {
  it('on the sample trip, for 300 queries', () => {
    const docs = sampleSearchDocs();
    const index = new SearchIndex();
    index.putMany(docs);
    const queries = searchQueries(docs, 300, 1);
    const found = expectSameAnswers(index, scannable(docs), queries);
    // Most queries are cut from the texts: the comparison is not one of empty answers.
    expect(found).toBeGreaterThan(150);
  });

  it('on a generated trip of 5,000 texts, for 300 queries, and again after edits and removals', () => {
    const docs = generatedSearchDocs(5000, 7);
    const index = new SearchIndex();
    for (const doc of docs) index.put(doc);
    const queries = searchQueries(docs, 300, 2);
    expect(expectSameAnswers(index, scannable(docs), queries)).toBeGreaterThan(150);

    const pick = random(3);
    const edited = docs.map((doc, n) =>
      n % 7 === 0 ? { ...doc, text: `${doc.text.slice(0, 40)} 후꾸오까현청 방문`, updatedAt: doc.updatedAt + 1 } : doc,
    );
    edited.forEach((doc, n) => {
      if (doc !== docs[n]) index.put(doc);
    });
    const removed = new Set(edited.filter(() => pick() < 0.6).map((doc) => doc.id));
    for (const id of removed) index.remove(id);
    const live = edited.filter((doc) => !removed.has(doc.id));
    expect(index.size).toBe(live.length);
    expect(expectSameAnswers(index, scannable(live), [...queries, '후쿠오카현', '후꾸오까'])).toBeGreaterThan(100);
    // 1,200 naive scans of 5,000 texts: about four seconds alone, far more on a machine shared with other work.
  }, 60_000);

  it('with the glossary’s expansions, for every term alone and beside a piece of a text', () => {
    const docs = sampleSearchDocs();
    const terms = new Map<string, string[]>();
    for (const doc of docs.filter((text) => text.kind === 'glossary')) {
      terms.set(doc.recordId, [...(terms.get(doc.recordId) ?? []), doc.text]);
    }
    const expand = (word: string) => [...terms.values()].find((spellings) => spellings.includes(word)) ?? [];
    const index = new SearchIndex();
    index.putMany(docs);
    const texts = scannable(docs);
    const pieces = searchQueries(docs, 40, 4);
    const words = [...terms.values()].flat().filter((term) => !/\s/u.test(term));
    const queries = words.flatMap((term, n) => [term, `${term} ${pieces[n % pieces.length]}`]);
    for (const query of queries) {
      const expected = scan(texts, query, { expand });
      expect(index.search(query, { expand }), query).toEqual(expected);
      expect(index.search(query, { expand, limit: 3 }), query).toEqual(expected.slice(0, 3));
    }
    expect(index.search('과학기술청', { expand }).map((hit) => hit.doc.text)).toContain('科学技術庁');
  });

  it('never misses the text a query was cut from', () => {
    const docs = generatedSearchDocs(2000, 11);
    const index = new SearchIndex();
    index.putMany(docs);
    const pick = random(5);
    // Texts whose fold is themselves: a piece cut from one is a piece of its fold.
    const plain = scannable(docs).filter(({ doc, forms }) => forms.plain === doc.text && !forms.plainOrigin);
    for (let n = 0; n < 200; n += 1) {
      const { doc } = plain[Math.floor(pick() * plain.length)] ?? { doc: docs[0] as SearchDoc };
      const start = Math.floor(pick() * (doc.text.length - 2));
      const query = doc.text.slice(start, start + 2 + Math.floor(pick() * 6));
      if (!query.trim()) continue;
      expect(
        index.search(query).map((hit) => hit.doc.id),
        query,
      ).toContain(doc.id);
    }
  });
});
