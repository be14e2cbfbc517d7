import { foldNames, hasHangul } from './names';
import { foldPlain } from './normalize';

/**
 * What a query means, once, for the index and the naive scan alike. Its
 * words, split on spaces, each found as any of its alternatives: its plain
 * fold; for Hangul its names folds, typed from a word's start or from its
 * middle; and the same of each of its glossary expansions. And its phrases:
 * the words side by side, which rank first.
 */
export interface Alternative {
  text: string;
  /** Matched against a text's names fold, where it overlaps a name; else against its plain fold. */
  names: boolean;
}

export type Word = readonly Alternative[];

export interface Query {
  words: Word[];
  /**
   * The words side by side: as typed (two words either way round), a space
   * apart, or touching where both sides are Korean or Japanese (과학기술예산;
   * English words that touch are one word), in each spelling.
   */
  phrases: Alternative[];
}

/** More would cost more to look up than a phrase saves: past it, phrases are read in the spellings typed only. */
const MAX_PHRASES = 64;
/** From here on (CJK radicals, kana, Hangul, Han, full-width forms), scripts written without spaces between words. */
const CJK = 0x2e80;
/** Phrases of up to this many words: a longer query is a list of words, not a phrase. */
const MAX_PHRASE_WORDS = 4;

function adder(alternatives: Alternative[]) {
  return (text: string) => {
    const add = (folded: string, names: boolean) => {
      if (folded && !alternatives.some((other) => other.text === folded && other.names === names)) {
        alternatives.push({ text: folded, names });
      }
    };
    add(text, false);
    if (!hasHangul(text)) return;
    for (const wordStart of [true, false]) add(foldNames({ text, origin: [] }, wordStart).text, true);
  };
}

/** The query's words and phrases; no words for an empty or blank query, which finds nothing. */
export function parseQuery(query: string, expand?: (word: string) => string[]): Query {
  const words: Word[] = [];
  const spellings: string[][] = [];
  for (const typed of query.split(/\s+/u)) {
    if (!typed) continue;
    const plain = [typed, ...(expand?.(typed) ?? [])].map((written) => foldPlain(written).text.trim()).filter(Boolean);
    if (plain.length === 0) continue;
    const alternatives: Alternative[] = [];
    plain.forEach(adder(alternatives));
    words.push(alternatives);
    spellings.push([...new Set(plain)]);
  }
  return { words, phrases: phrasesOf(spellings) };
}

function phrasesOf(spellings: string[][]): Alternative[] {
  if (spellings.length < 2 || spellings.length > MAX_PHRASE_WORDS) return [];
  const orders = spellings.length === 2 ? 2 : 1;
  const count = orders * spellings.reduce((product, word) => product * word.length, 1) * 2 ** (spellings.length - 1);
  const chosen = count > MAX_PHRASES ? spellings.map((word) => word.slice(0, 1)) : spellings;
  const phrases: Alternative[] = [];
  const add = adder(phrases);
  for (const order of orders === 2 ? [chosen, [...chosen].reverse()] : [chosen]) {
    let texts = [''];
    order.forEach((word, index) => {
      texts = texts.flatMap((text) =>
        word.flatMap((spelling) => {
          if (index === 0) return [spelling];
          const touching = text.charCodeAt(text.length - 1) >= CJK && spelling.charCodeAt(0) >= CJK;
          return touching ? [`${text}${spelling}`, `${text} ${spelling}`] : [`${text} ${spelling}`];
        }),
      );
    });
    texts.forEach(add);
  }
  return phrases;
}
