// @vitest-environment node
/**
 * Search across a trip at full size: 20,000 mixed Korean, Japanese and
 * English notes made of the sample trip's sentences (some in old spellings,
 * decomposed Hangul, traditional Han or full-width Latin, one in twenty a
 * name; shared/search/sampleDocs.ts). Measured: the index's build time and
 * memory; p50/p95 latency, 50 hits at most as the search palette asks, of
 * 600 queries as readers type them (one to three words of a note, whole or
 * their first letters) and of 600 pieces cut from the notes at random (the
 * index's tests' queries: single letters, pieces of words across spaces,
 * other forms, words held nowhere), each against a naive substring scan over
 * the same folded notes in the same run (goal: p95 at most 1/50 of the
 * scan's); and the time to apply one edited note, beside folding it alone.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SearchIndex } from '@shared/search/index';
import { generatedSearchDocs, searchQueries, typedQueries } from '@shared/search/sampleDocs';
import { scan, scannable } from '@shared/search/scan';
import type { SearchDoc } from '@shared/search/types';
import { test } from 'vitest';

const NOTES = 20_000;
const LIMIT = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(3).padStart(9)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(6)} MB`;

/** Each query once to warm up, then timed once each, in order: the latencies sorted. */
function latencies(queries: readonly string[], run: (query: string) => unknown): number[] {
  for (const query of queries) run(query);
  return queries
    .map((query) => {
      const start = performance.now();
      run(query);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
}

test('search across 20,000 notes: the index against a naive scan', () => {
  const docs = generatedSearchDocs(NOTES, 1996);
  const characters = docs.reduce((sum, doc) => sum + doc.text.length, 0);

  const empty = heap();
  let started = performance.now();
  const index = new SearchIndex();
  index.putMany(docs);
  const build = performance.now() - started;
  const indexMemory = heap() - empty;

  // As the app builds it: table by table, one put at a time, then renumbered oldest first by the first search.
  started = performance.now();
  const asTheAppDoes = new SearchIndex();
  for (const doc of docs) asTheAppDoes.put(doc);
  const putOneByOne = performance.now() - started;
  started = performance.now();
  asTheAppDoes.search('연구', { limit: LIMIT });
  const firstSearch = performance.now() - started;

  const before = heap();
  started = performance.now();
  const texts = scannable(docs);
  const fold = performance.now() - started;
  const scanMemory = heap() - before;

  const indexed = (list: readonly string[]) => latencies(list, (query) => index.search(query, { limit: LIMIT }));
  const scanned = (list: readonly string[]) => latencies(list, (query) => scan(texts, query, { limit: LIMIT }));
  const measure = (list: readonly string[]) => ({ index: indexed(list), scan: scanned(list) });
  const split = (list: readonly string[]) => ({
    one: list.filter((query) => !query.trim().includes(' ')),
    several: list.filter((query) => query.trim().includes(' ')),
  });
  const typed = split(typedQueries(docs, 600, 22));
  const cut = split(searchQueries(docs, 600, 23));
  const results = [
    ['typed, one word', measure(typed.one), typed.one.length],
    ['typed, several words', measure(typed.several), typed.several.length],
    ['typed, all', measure([...typed.one, ...typed.several]), typed.one.length + typed.several.length],
    ['cut at random, one word', measure(cut.one), cut.one.length],
    ['cut at random, several', measure(cut.several), cut.several.length],
  ] as const;

  // One note edited: its text put again, as the app does after each save.
  const edits = docs.slice(0, 300).map(
    (doc, n): SearchDoc => ({
      ...doc,
      text: `${doc.text} 추가 메모 ${n}`,
      updatedAt: Date.UTC(1996, 10, 1) + n,
    }),
  );
  const timed = (apply: (doc: SearchDoc) => unknown) =>
    edits
      .map((doc) => {
        const start = performance.now();
        apply(doc);
        return performance.now() - start;
      })
      .sort((a, b) => a - b);
  // The floor: folding the edited note alone, as the scan must too.
  const folds = timed((doc) => scannable([doc]));
  const updates = timed((doc) => index.put(doc));

  const row = (what: string, times: { index: number[]; scan: number[] }) =>
    `  ${what.padEnd(32)} index p50 ${ms(percentile(times.index, 50))}  p95 ${ms(percentile(times.index, 95))}` +
    `   scan p50 ${ms(percentile(times.scan, 50))}  p95 ${ms(percentile(times.scan, 95))}` +
    `   p95 ratio 1/${(percentile(times.scan, 95) / percentile(times.index, 95)).toFixed(0)}`;
  console.log(
    [
      '',
      `Search over ${NOTES.toLocaleString('en')} notes, ${(characters / 1e6).toFixed(1)} M characters, ` +
        `${index.postings.toLocaleString('en')} postings`,
      `  build (putMany)             ${ms(build)}   index memory ${mb(indexMemory)}`,
      `  build (put one by one)      ${ms(putOneByOne)}   its first search, renumbering ${ms(firstSearch)}`,
      `  scan's folding (baseline)   ${ms(fold)}   scan memory  ${mb(scanMemory)}`,
      `Queries, at most ${LIMIT} hits (goal: index p95 at most 1/50 of the scan's):`,
      ...results.map(([what, times, count]) => row(`${what} (${count})`, times)),
      `One edited note put again (${updates.length}):     p50 ${ms(percentile(updates, 50))}  p95 ${ms(percentile(updates, 95))}`,
      `  the note folded alone (floor): p50 ${ms(percentile(folds, 50))}  p95 ${ms(percentile(folds, 95))}`,
    ].join('\n'),
  );
}, 600_000);
