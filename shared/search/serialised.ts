import type { Forms, NamesForm } from './forms';
import { isTyped } from './keyed';
import type { FrozenPostings } from './postings';
import type { Entry } from './read';
import type { SearchDoc } from './types';

/**
 * The index as a cache keeps it (structured-clonable, in columns, which
 * IndexedDB writes and reads far faster than an object per text): each
 * text's id, fingerprint and folds by ordinal, and the lists frozen. Not
 * the texts themselves: the records are read at every start anyway, and
 * give them; a text whose fingerprint still matches its record's is taken
 * with its folds and lists, any other is folded again.
 *
 * A cache is derived data and may come from an older version of the app or
 * be damaged: it is taken only when its format is this one and every part
 * is sound, else the index is built afresh. FORMAT names the folds and the
 * lists' keys: a change to what a text folds to (normalize.ts, names.ts,
 * kanji.ts, places.ts) or to the keys (postings.ts) makes a cache written
 * before wrong, and must come with a new number (serialised.test.ts pins
 * what this one makes of the sample trip).
 */
export const FORMAT = 1;

export interface SerialisedIndex {
  format: number;
  /** By ordinal; '' where a text was removed. */
  ids: string[];
  fingerprints: Float64Array;
  /** Null when the plain fold is the text itself (most are): it is not written twice. */
  plains: (string | null)[];
  plainOrigins: (Int32Array | null)[];
  names: (NamesForm | null)[];
  plainPostings: FrozenPostings;
  namesPostings: FrozenPostings;
}

/** Every field of a text (checked against SearchDoc, so that none is forgotten): all go into its fingerprint. */
const FIELDS = Object.keys({
  id: true,
  recordId: true,
  kind: true,
  text: true,
  lang: true,
  names: true,
  visitId: true,
  questionId: true,
  memberId: true,
  updatedAt: true,
} satisfies Record<keyof SearchDoc, true>) as (keyof SearchDoc)[];

/** Hashed after each field (above any code unit): a letter moved from one field to the next changes the hash. */
const END = 0x1_0000;

/**
 * A 53-bit hash (cyrb53) of every field of a text: a text whose record
 * changed in any way gets another, but for a chance of one in 2^53. A field
 * that is not a string is hashed with its type (null, undefined, a number).
 */
export function fingerprint(doc: SearchDoc): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const field of FIELDS) {
    const value = doc[field];
    const text = typeof value === 'string' ? value : `\u0000${typeof value}:${String(value)}`;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ END, 2654435761);
    h2 = Math.imul(h2 ^ END, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The texts' columns of a cache (postings apart). */
export function serialisedTexts(entries: readonly (Entry | undefined)[]) {
  const fingerprints = new Float64Array(entries.length);
  entries.forEach((entry, at) => {
    if (!entry) return;
    entry.fingerprint ??= fingerprint(entry.doc);
    fingerprints[at] = entry.fingerprint;
  });
  return {
    format: FORMAT,
    ids: entries.map((entry) => entry?.doc.id ?? ''),
    fingerprints,
    plains: entries.map((entry) => (!entry || entry.forms.plain === entry.doc.text ? null : entry.forms.plain)),
    plainOrigins: entries.map((entry) => entry?.forms.plainOrigin ?? null),
    names: entries.map((entry) => entry?.forms.names ?? null),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** An origin maps each folded character and the end: one more entry than the fold has characters. */
const isOrigin = (value: unknown, folded: string) => isTyped(value, 'Int32Array') && value.length === folded.length + 1;
const isSpan = (span: unknown) => Array.isArray(span) && span.length === 2 && span.every(Number.isInteger);
const isNames = (value: unknown): value is NamesForm | null =>
  value === null ||
  (isObject(value) &&
    typeof value.text === 'string' &&
    isOrigin(value.origin, value.text) &&
    Array.isArray(value.spans) &&
    value.spans.every(isSpan));

/** A cache of this format whose columns are sound (its lists are checked as they are thawed), or null. */
function soundTexts(value: unknown): SerialisedIndex | null {
  if (!isObject(value) || value.format !== FORMAT) return null;
  const { ids, fingerprints, plains, plainOrigins, names } = value;
  if (!(Array.isArray(ids) && isTyped(fingerprints, 'Float64Array') && Array.isArray(plains))) return null;
  if (!(Array.isArray(plainOrigins) && Array.isArray(names))) return null;
  const count = ids.length;
  if ([fingerprints, plains, plainOrigins, names].some((column) => column.length !== count)) return null;
  for (let at = 0; at < count; at += 1) {
    const plain = plains[at];
    if (typeof ids[at] !== 'string' || (plain !== null && typeof plain !== 'string')) return null;
    // A plain fold written as null is the text itself, known once matched with its record: its origin is checked then.
    if (plainOrigins[at] !== null && !isTyped(plainOrigins[at], 'Int32Array')) return null;
    if (plain !== null && plainOrigins[at] !== null && !isOrigin(plainOrigins[at], plain)) return null;
    if (!isNames(names[at])) return null;
  }
  return value as unknown as SerialisedIndex;
}

/** A text of a sound cache, given the text its record gives now, or undefined when it changed. */
function restoredEntry(cache: SerialisedIndex, at: number, doc: SearchDoc | undefined): Entry | undefined {
  const known = doc && fingerprint(doc);
  if (!doc || known !== cache.fingerprints[at]) return undefined;
  const plain = cache.plains[at] ?? doc.text;
  const plainOrigin = cache.plainOrigins[at] ?? null;
  if (plainOrigin && !isOrigin(plainOrigin, plain)) return undefined;
  const forms: Forms = { plain, plainOrigin, names: cache.names[at] ?? null };
  return { doc, forms, fingerprint: known };
}

/** What a cache gives an index restored from it (index.ts). */
export interface Restored {
  cache: SerialisedIndex;
  /** By ordinal: the texts taken with their folds, undefined where the cache's was removed, changed or is gone. */
  entries: (Entry | undefined)[];
  /** The texts to fold: new, or changed since the cache was written. */
  fresh: SearchDoc[];
  /** How many texts of the cache are gone. */
  gone: number;
}

/** A cache's texts matched against the trip's texts now, or null when it is of another format or not sound. */
export function restoredTexts(value: unknown, docs: Iterable<SearchDoc>): Restored | null {
  const cache = soundTexts(value);
  if (!cache) return null;
  const wanted = new Map<string, SearchDoc>();
  for (const doc of docs) wanted.set(doc.id, doc);
  let gone = 0;
  const entries = cache.ids.map((id, at) => {
    const entry = restoredEntry(cache, at, wanted.get(id));
    if (entry) wanted.delete(id);
    else if (id && !wanted.has(id)) gone += 1;
    return entry;
  });
  return { cache, entries, fresh: [...wanted.values()], gone };
}
