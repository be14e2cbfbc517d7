import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index';
import { generatedSearchDocs, random, sampleSearchDocs, searchQueries } from './sampleDocs';
import { scan, scannable } from './scan';
import { FORMAT, type SerialisedIndex } from './serialised';
import type { SearchDoc, SearchFilter } from './types';

/** As IndexedDB keeps it: a structured clone, read back in another session. */
const stored = (index: SearchIndex) => structuredClone(index.serialise());

function expectFreshAnswers(index: SearchIndex, docs: readonly SearchDoc[], queries: readonly string[]) {
  const texts = scannable(docs);
  const filters: (SearchFilter | undefined)[] = [undefined, { visitId: 'visit-3' }, { kinds: ['answer', 'host'] }];
  queries.forEach((query, n) => {
    const all = index.search(query).map((hit) => hit.doc.id);
    expect(new Set(all), query).toEqual(new Set(scan(texts, query).map((hit) => hit.doc.id)));
    const options = { limit: 10, filter: filters[n % filters.length] };
    expect(index.search(query, options), query).toEqual(scan(texts, query, options));
  });
}

describe('an index written to a cache and restored in a later session', () => {
  const before = generatedSearchDocs(3000, 31);
  const written = new SearchIndex();
  written.putMany(before);
  // Edited and removed after the build, before the cache was written: gaps and added lists are written too.
  const edited = before
    .slice(0, 40)
    .map((doc) => ({ ...doc, text: `${doc.text} 추가 메모`, updatedAt: doc.updatedAt + 1 }));
  for (const doc of edited) written.put(doc);
  for (const doc of before.slice(40, 60)) written.remove(doc.id);
  /** What the index held when the cache was written. */
  const held = [...edited, ...before.slice(60)];
  const cache = stored(written);
  const queries = searchQueries(before, 200, 32);

  it('answers as a fresh build over the texts as they are now, folding again only those that changed', () => {
    const pick = random(33);
    const kept = held.filter(() => pick() > 0.05);
    const now = kept.map((doc, n) => {
      if (n % 50 === 0)
        return { ...doc, text: `${doc.text.slice(0, 30)} 후꾸오까현청 방문`, updatedAt: doc.updatedAt + 5 };
      // A change of anything but the text (the visit a note belongs to) is a change too.
      if (n % 50 === 1) return { ...doc, visitId: 'visit-3' };
      return doc;
    });
    const added = generatedSearchDocs(100, 34).map((doc) => ({ ...doc, id: `new:${doc.id}` }));
    const restored = SearchIndex.restore(cache, [...now, ...added]);
    if (!restored) throw new Error('The cache was refused');
    expectFreshAnswers(restored, [...now, ...added], [...queries, '후쿠오카현', '후꾸오까']);
    const changed = now.filter((doc, n) => JSON.stringify(doc) !== JSON.stringify(kept[n])).length;
    const gone = held.length - now.length;
    expect(restored.unsaved).toBe(changed + gone + added.length);
  });

  it('takes every text from the cache when nothing changed, and goes on following edits', () => {
    const restored = SearchIndex.restore(cache, held);
    if (!restored) throw new Error('The cache was refused');
    expect(restored.unsaved).toBe(0);
    expectFreshAnswers(restored, held, queries);
    const note = {
      ...(held[0] as SearchDoc),
      text: '리서치파크 분양가는 현이 정한다',
      updatedAt: Date.UTC(1997, 0, 1),
    };
    restored.put(note);
    expect(restored.search('분양가는').map((hit) => hit.doc.id)).toEqual([note.id]);
  });

  it('refuses a cache of another format, or one damaged in any part', () => {
    const [plainSingles, ...otherPlain] = cache.plainPostings;
    const shuffled = { ...plainSingles, postings: plainSingles.postings.slice().reverse() };
    // Postings carry the ordinal above 8 bits of positions: these name texts the cache does not hold.
    const beyond = { ...plainSingles, postings: plainSingles.postings.map((entry) => entry + 10_000 * 256) };
    const damaged: unknown[] = [
      null,
      'index',
      { ...cache, format: FORMAT - 1 },
      { ...cache, format: FORMAT + 1 },
      { ...cache, ids: cache.ids.slice(1) },
      { ...cache, fingerprints: [...cache.fingerprints] },
      { ...cache, plains: cache.plains.map((plain, at) => (at === 7 ? 42 : plain)) },
      { ...cache, plainOrigins: cache.plainOrigins.map((origin) => (origin ? origin.subarray(1) : null)) },
      { ...cache, names: cache.names.map((names) => names && { ...names, spans: [[0]] }) },
      { ...cache, plainPostings: [shuffled, ...otherPlain] },
      { ...cache, plainPostings: [beyond, ...otherPlain] },
      { ...cache, namesPostings: cache.namesPostings.slice(1) },
    ];
    for (const value of damaged) expect(SearchIndex.restore(value, held)).toBeNull();
    expect(SearchIndex.restore(cache, held)).not.toBeNull();
  });
});

it('names by its format number what the folds and keys make of the sample trip', () => {
  const index = new SearchIndex();
  index.putMany(sampleSearchDocs());
  const { fingerprints, ...rest } = index.serialise() satisfies SerialisedIndex;
  const digest = createHash('sha256')
    .update(JSON.stringify(rest, (_, value) => (value instanceof Int32Array ? [...value] : value)))
    .digest('hex');
  // A cache written by this format holds these folds and lists. If this fails, the folds or the keys changed:
  // a cache written before would answer wrongly, so FORMAT must be raised with the new digest.
  expect({ FORMAT, digest }).toEqual({
    FORMAT: 1,
    digest: '5c31868cc706e2275fde1f4547d0aa85e80c1f4ed0d1d769a41c7e3d4dd9c970',
  });
  expect(fingerprints).toHaveLength(rest.ids.length);
});
