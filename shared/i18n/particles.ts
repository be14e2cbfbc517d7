/**
 * A Korean particle that takes one form after a final consonant (받침) and
 * another after a vowel: 현은 but 연구개발는 is wrong, 연구개발은 is right.
 * 으로/로 also takes 로 after ㄹ (서울로).
 */
export const PARTICLES = {
  '은/는': { consonant: '은', vowel: '는', unknown: '은(는)' },
  '이/가': { consonant: '이', vowel: '가', unknown: '이(가)' },
  '을/를': { consonant: '을', vowel: '를', unknown: '을(를)' },
  '과/와': { consonant: '과', vowel: '와', unknown: '과(와)' },
  '으로/로': { consonant: '으로', vowel: '로', unknown: '(으)로' },
} as const;
export type Particle = keyof typeof PARTICLES;

/** How a word ends when read aloud in Korean; null when its reading cannot be told. */
type Ending = 'vowel' | 'rieul' | 'consonant' | null;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The final consonant's index in a syllable's code (0 is none, 8 is ㄹ). */
const FINALS = 28;
const RIEUL = 8;

/** Each digit as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_ENDINGS: readonly Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

/** A capital read by its letter's name: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; the others (에이, 비, 티, …) in a vowel. */
const LETTER_ENDINGS: Readonly<Record<string, Ending>> = { L: 'rieul', R: 'rieul', M: 'consonant', N: 'consonant' };

function numberEnding(digits: string): Ending {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_ENDINGS[Number(digits.at(-1))] ?? null;
  if (zeros === digits.length) return 'consonant';
  // 십, 백, 천, 만 (up to 천만), 억 (up to 천억) all close on a consonant that is not ㄹ; 조 does not.
  return zeros < 12 ? 'consonant' : 'vowel';
}

/**
 * How `word` ends when a Korean reader reads it, by its last letter or digit
 * (closing quotes, brackets and stops are not read):
 * - a Hangul syllable by its final consonant;
 * - a number as read in Sino-Korean (1 일, 3 삼, 10 십, 2020 이천이십);
 * - kana as written in Hangul: ン and ッ close on a consonant, every other kana on a vowel;
 * - a capital as the name of its letter (JST 제이에스티, UN 유엔), since capitals
 *   at the end of a term are mostly an abbreviation read letter by letter;
 * - anything else, a kanji (県 is 현 to one reader and 켄 to another) or a
 *   lower-case Latin word (its spelling does not tell its sound), cannot be told.
 */
function endingOf(word: string): Ending {
  // Full-width digits and letters and half-width kana read as their usual forms.
  const read = word
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .match(/[\p{L}\p{N}]+$/u)?.[0];
  const last = read?.at(-1);
  if (!read || !last) return null;
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % FINALS;
    return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
  }
  const digits = read.match(/[0-9]+$/)?.[0];
  if (digits) return numberEnding(digits);
  if (/[\u3040-\u30ff]/.test(last)) return /[んンっッ]/.test(last) ? 'consonant' : 'vowel';
  if (/[A-Z]/.test(last)) return LETTER_ENDINGS[last] ?? 'vowel';
  return null;
}

/**
 * The form of `particle` that follows `word`: particleAfter('현', '은/는') is
 * 은, particleAfter('연구개발', '은/는') is 은, particleAfter('과학기술처', '은/는')
 * is 는. When the word's reading cannot be told (see endingOf), both forms, as
 * Korean writes them then: 은(는).
 */
export function particleAfter(word: string, particle: Particle): string {
  const forms = PARTICLES[particle];
  const ending = endingOf(word);
  if (ending === null) return forms.unknown;
  if (ending === 'vowel' || (ending === 'rieul' && particle === '으로/로')) return forms.vowel;
  return forms.consonant;
}
