import { type Forms, formsOf } from './forms';
import { compareHits, evaluate, passes, rangesOf } from './match';
import { parseQuery } from './query';
import type { SearchDoc, SearchHit, SearchOptions } from './types';

/**
 * The naive search: every text's folds tested one after the other, with
 * the same matching and ranking as the index (match.ts) and nothing else.
 * It is what the index must answer exactly alike (its tests) and what it is
 * measured against (bench/search.bench.ts).
 */
export interface ScannedText {
  doc: SearchDoc;
  forms: Forms;
}

export function scannable(docs: readonly SearchDoc[]): ScannedText[] {
  return docs.map((doc) => ({ doc, forms: formsOf(doc.text, doc.names === true) }));
}

export function scan(texts: readonly ScannedText[], query: string, options: SearchOptions = {}): SearchHit[] {
  const parsed = parseQuery(query, options.expand);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (parsed.words.length === 0 || limit <= 0) return [];
  const hits: Array<ScannedText & { score: number }> = [];
  for (const text of texts) {
    if (!passes(options.filter, text.doc)) continue;
    const score = evaluate(parsed, text.forms);
    if (score !== null) hits.push({ ...text, score });
  }
  return hits
    .sort(compareHits)
    .slice(0, limit)
    .map(({ doc, forms, score }) => ({ doc, score, ranges: rangesOf(parsed.words, forms) }));
}
