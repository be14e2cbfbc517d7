import type { Folded } from './folded';
import { KANJI_VARIANTS } from './kanji';
import { foldNames } from './names';

export type { Folded } from './folded';

/**
 * Folds a text for search. Every text is folded alike:
 * - NFKC, one cluster at a time (a character with the marks and jamo that
 *   compose with it), so that full-width and half-width forms (ＡＢＣ, ｶﾞ),
 *   composed and decomposed Hangul (NFC/NFD) and compatibility characters
 *   (㈜, 株) meet, and each folded character still knows where it came from;
 * - Latin lower-cased and stripped of its accents (Tōkyō finds Tokyo);
 * - the two forms of a Han character (縣 and 県, KANJI_VARIANTS) to one;
 * - dashes, quotes and middle dots to one each, and any run of spaces to one.
 * Kana stay as written: ガ is not カ, and hiragana do not fold to katakana.
 *
 * With `names`, Hangul is also folded as Japanese names are spelt in it
 * (names.ts): 후꾸오까 and 후쿠오카 meet. Only for names: in plain Korean,
 * 까지 must not find 카지.
 */
export function fold(text: string, options?: { names?: boolean }): Folded {
  const plain = foldPlain(text);
  return options?.names ? foldNames(plain, true) : plain;
}

/**
 * Where a stretch [start, end) of a folded text stands in the original:
 * from the original character its first folded character came from, to the
 * end of the original character its last came from (all of ㈜ for the 주
 * folded out of it, all of ｶﾞ for ガ, a dropped long vowel with the syllable
 * before it).
 */
export function originalRange(origin: ArrayLike<number>, start: number, end: number): [number, number] {
  const from = origin[start] ?? 0;
  const last = origin[end - 1] ?? from;
  let next = end;
  while (next < origin.length - 1 && origin[next] === last) next += 1;
  return [from, origin[next] ?? last];
}

const SPACE = ' ';

/** Punctuation written several ways for one mark: hyphens and minus, wave dash, quotes, middle dots. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ...Array.from('‐‑‒–—―−﹘﹣', (dash) => [dash, '-'] as const),
  ...Array.from('〜∼', (wave) => [wave, '~'] as const),
  ...Array.from('‘’‚‛′', (quote) => [quote, "'"] as const),
  ...Array.from('“”„‟″', (quote) => [quote, '"'] as const),
  ...Array.from('・‧•∙', (dot) => [dot, '·'] as const),
]);

const MARK = /\p{M}/u;
/** Zero-width spaces and joiners, the byte-order mark and the soft hyphen: invisible, so never between a word's letters. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const MARKS = /\p{M}+/gu;
const WHITE = /^\s+$/u;

/** Whether a code unit joins the cluster before it: it composes with it under NFKC, or marks it. */
function joins(code: number): boolean {
  if (code < 0x300) return false;
  // Hangul medial vowels and final consonants (NFD), old and extended.
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return true;
  // Kana voicing marks, combining and half-width; variation selectors.
  if (code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f) return true;
  if (code >= 0xfe00 && code <= 0xfe0f) return true;
  // The common scripts of notes carry no marks: Hangul syllables, kana, Han.
  if (code >= 0x3040 && code <= 0x9fff) return false;
  if (code >= 0xac00 && code <= 0xd7a3) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return MARK.test(String.fromCharCode(code));
}

function foldCluster(cluster: string): string {
  let text = cluster.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  if (ACCENTED.test(text)) text = text.normalize('NFD').replace(MARKS, '').normalize('NFC');
  if (WHITE.test(text)) return SPACE;
  let folded = '';
  for (const char of text) folded += KANJI_VARIANTS.get(char) ?? PUNCTUATION.get(char) ?? char;
  return folded;
}

/** Single code units fold the same way every time: most text never reaches normalize(). */
const clusterCache = new Map<number, string>();

function foldUnit(code: number): string {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b) return SPACE;
    return String.fromCharCode(code);
  }
  let folded = clusterCache.get(code);
  if (folded === undefined) {
    folded = foldCluster(String.fromCharCode(code));
    clusterCache.set(code, folded);
  }
  return folded;
}

/** Per code unit: 0 not known yet, 1 it folds to itself and joins nothing, 2 otherwise. */
const ITSELF = new Uint8Array(0x10000);

/** Whether the plain fold leaves a text as it is, as it does most Korean and Japanese notes: then none is built. */
export function foldsToItself(text: string): boolean {
  let spaced = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x20) {
      if (spaced) return false;
      spaced = true;
      continue;
    }
    spaced = false;
    let known = ITSELF[code];
    if (!known) {
      const alone = (code < 0xd800 || code > 0xdfff) && !joins(code);
      known = alone && foldUnit(code) === String.fromCharCode(code) ? 1 : 2;
      ITSELF[code] = known;
    }
    if (known !== 1) return false;
  }
  return true;
}

/** The plain fold of every text (fold without names). */
export function foldPlain(text: string): Folded {
  const origin: number[] = [];
  const parts: string[] = [];
  let spaced = false;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    let end = at + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) {
      const low = text.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end += 1;
    }
    while (end < text.length && joins(text.charCodeAt(end))) end += 1;
    const folded = end === at + 1 ? foldUnit(code) : foldCluster(text.slice(at, end));
    if (folded === SPACE) {
      // A run of spaces, tabs and line breaks is one space: a phrase matches across a line break.
      if (!spaced) {
        parts.push(SPACE);
        origin.push(at);
      }
      spaced = true;
    } else if (folded.length > 0) {
      parts.push(folded);
      for (let unit = 0; unit < folded.length; unit += 1) origin.push(at);
      spaced = false;
    }
    at = end;
  }
  origin.push(text.length);
  return { text: parts.join(''), origin };
}
