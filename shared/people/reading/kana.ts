/**
 * A Japanese reading (ふりがな, in hiragana or katakana) read into morae, each
 * by its Hepburn spelling, so that the Korean transcription and the
 * romanisation are written from the same reading of the kana. Which vowels
 * are long is decided here, once: neither Korean nor a passport writes them.
 */

export type Vowel = 'a' | 'i' | 'u' | 'e' | 'o';

/** A mora with a vowel: its Hepburn onset ('' for a bare vowel; 'ky', 'sh', 'ch', 'ts', 'f' …) and vowel. */
export interface Syllable {
  kind: 'syllable';
  onset: string;
  vowel: Vowel;
}

/**
 * What a reading holds, in order: syllables; ん; っ; a long vowel, written
 * by neither (ー, the う of おう and うう, the second vowel of おお, ああ, ええ
 * in a word's first syllable); a break between words; anything else as it is.
 */
export type Mora =
  | Syllable
  | { kind: 'n' }
  | { kind: 'sokuon' }
  | { kind: 'long' }
  | { kind: 'break' }
  | { kind: 'other'; text: string };

const VOWELS: readonly Vowel[] = ['a', 'i', 'u', 'e', 'o'];

/** The syllabary by row, in the order あいうえお; `_` where the row has no kana. */
const ROWS: readonly (readonly [string, string])[] = [
  ['', 'あいうえお'],
  ['k', 'かきくけこ'],
  ['g', 'がぎぐげご'],
  ['s', 'さしすせそ'],
  ['z', 'ざじずぜぞ'],
  ['t', 'たちつてと'],
  ['d', 'だぢづでど'],
  ['n', 'なにぬねの'],
  ['h', 'はひふへほ'],
  ['b', 'ばびぶべぼ'],
  ['p', 'ぱぴぷぺぽ'],
  ['m', 'まみむめも'],
  ['y', 'や_ゆ_よ'],
  ['r', 'らりるれろ'],
  ['w', 'わゐ_ゑを'],
  ['v', '__ゔ__'],
];

/** Where Hepburn spells a row's consonant otherwise: し shi, ち chi, つ tsu, ふ fu, を o. */
const HEPBURN: Record<string, string> = {
  si: 'sh',
  zi: 'j',
  ti: 'ch',
  tu: 'ts',
  di: 'j',
  du: 'z',
  hu: 'f',
  wi: '',
  we: '',
  wo: '',
};

const SYLLABARY = new Map<string, Syllable>(
  ROWS.flatMap(([row, kana]) =>
    [...kana].flatMap((char, index): [string, Syllable][] => {
      const vowel = VOWELS[index];
      if (char === '_' || !vowel) return [];
      return [[char, { kind: 'syllable', onset: HEPBURN[row + vowel] ?? row, vowel }]];
    }),
  ),
);

const SMALL_Y: Record<string, Vowel> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, Vowel> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };
/** Onsets already palatal: しゃ is sha, not shya. */
const PALATAL = new Set(['sh', 'ch', 'j']);

/** Katakana as hiragana (ア→あ, ヴ→ゔ): the syllabary is read once. */
function hiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f4]/g, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0x60));
}

/** A small kana's syllable, as it changes the one before it (きゃ kya, てぃ ti, うぃ wi, しぇ she). */
function joined(before: Syllable, char: string): Syllable | null {
  const yVowel = SMALL_Y[char];
  if (yVowel) {
    const onset = PALATAL.has(before.onset) ? before.onset : `${before.onset || ''}y`;
    return { kind: 'syllable', onset, vowel: yVowel };
  }
  const vowel = SMALL_VOWEL[char];
  if (!vowel) return null;
  const glide = before.vowel === 'u' ? 'w' : before.vowel === 'i' ? 'y' : '';
  return { kind: 'syllable', onset: before.onset || glide, vowel };
}

/**
 * Whether a bare vowel only lengthens the syllable before it. う after o or u
 * is how the kana write a long o or u (とうきょう, きゅうしゅう), except before
 * え, where it begins a word of its own (いのうえ, 井上). A doubled vowel is
 * long in a word's first syllable only (おおさか, とおる; ともお is 友雄),
 * and いい never: 石井 いしい and 喜一 きいち keep both. A vowel is never
 * lengthened twice (おおうち, 大内).
 */
function lengthens(vowel: Vowel, before: Mora[], after: string | undefined): boolean {
  const previous = before.at(-1);
  if (previous?.kind !== 'syllable') return false;
  if (vowel === 'u') return (previous.vowel === 'o' || previous.vowel === 'u') && after !== 'え';
  return vowel !== 'i' && previous.vowel === vowel && before.length === 1;
}

/** A reading's morae, word by word; anything not kana is kept as it is and ends a word. */
export function readKana(reading: string): Mora[] {
  const chars = [...hiragana(reading.normalize('NFKC'))];
  const morae: Mora[] = [];
  let word: Mora[] = [];
  const close = (next: Mora) => {
    morae.push(...word, next);
    word = [];
  };
  chars.forEach((char, index) => {
    const previous = word.at(-1);
    const syllable = SYLLABARY.get(char);
    if (/[\s・]/.test(char)) close({ kind: 'break' });
    else if (char === 'ん') word.push({ kind: 'n' });
    else if (char === 'っ') word.push({ kind: 'sokuon' });
    else if (char === 'ー') word.push({ kind: 'long' });
    else if (syllable?.onset === '' && lengthens(syllable.vowel, word, chars[index + 1])) word.push({ kind: 'long' });
    else if (syllable) word.push(syllable);
    else {
      const small = previous?.kind === 'syllable' ? joined(previous, char) : null;
      if (small) word[word.length - 1] = small;
      else close({ kind: 'other', text: char });
    }
  });
  morae.push(...word);
  return morae;
}
