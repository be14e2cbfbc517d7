import type { Folded } from './folded';

/**
 * Japanese names spelt in Hangul, folded so that the spellings Korean texts
 * have used for one name meet. Hangul has one letter per Japanese sound
 * only by convention, and the conventions moved: texts of the 1990s write
 * tense consonants (후꾸오까, 이시까와, 이와떼) where today's standard writes
 * aspirated ones (후쿠오카, 이시카와, 이와테), write or drop long vowels
 * (도오쿄오, 규우슈우 for 도쿄, 규슈), and start a word with an aspirated
 * consonant where the standard has a plain one (큐슈, 토쿄). The rules, on
 * each syllable of a name (after the plain fold):
 *
 * 1. ㄲ ㄸ ㅃ ㅉ → ㅋ ㅌ ㅍ ㅊ, and つ as 쓰, 쯔 or 츠 → 츠 (마쓰야마 = 마츠야마).
 * 2. At the start of a word (a syllable after no other): ㅋ ㅌ ㅊ → ㄱ ㄷ ㅈ
 *    (큐슈 = 규슈, 토쿄 = 도쿄; so 쓰쿠바 folds to 즈쿠바, as 츠쿠바 does).
 * 3. A long vowel is dropped: 오 or 우 after an ㅗ/ㅛ syllable, 우 after ㅜ/ㅠ,
 *    이 or 에 after ㅔ, 이 after ㅣ, 아 after ㅏ, when the syllable before has
 *    no final (도오쿄오 = 도우쿄우 = 도쿄, 니이가타 = 니가타, 오오사카 = 오사카).
 * 4. A final ㅅ before another syllable (the doubled consonant っ) is dropped
 *    (홋카이도 = 호카이도, 삿뽀로 = 사포로), and the finals ㅁ ㅇ (ん before
 *    ㅁ ㅂ ㅍ, or as older texts heard it) are ㄴ (심바시 = 신바시).
 *
 * What this costs: names that differ only so meet too (나가타 finds 나카타
 * only where it begins a word, 이이다 finds 이다). Within names that is what
 * a reader searching an unsure spelling wants; it is never applied to plain
 * Korean, where 까지 must not find 카지.
 */

const SYLLABLES = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

// Jamo indices in a Hangul syllable (Unicode order).
const L = { g: 0, gg: 1, d: 3, dd: 4, bb: 8, ss: 10, ieung: 11, j: 12, jj: 13, ch: 14, k: 15, t: 16, p: 17 } as const;
const V = { a: 0, e: 5, o: 8, yo: 12, u: 13, yu: 17, eu: 18, i: 20 } as const;
const T = { none: 0, n: 4, m: 16, s: 19, ng: 21 } as const;

const ASPIRATED: Readonly<Record<number, number>> = { [L.gg]: L.k, [L.dd]: L.t, [L.bb]: L.p, [L.jj]: L.ch };
const PLAIN_AT_START: Readonly<Record<number, number>> = { [L.k]: L.g, [L.t]: L.d, [L.ch]: L.j };

/** For a vowel written after a syllable: the vowels of that syllable it lengthens. */
const LENGTHENS: Readonly<Record<number, readonly number[]>> = {
  [V.o]: [V.o, V.yo],
  [V.u]: [V.o, V.yo, V.u, V.yu],
  [V.i]: [V.e, V.i],
  [V.e]: [V.e],
  [V.a]: [V.a],
};

const isSyllable = (code: number) => code >= SYLLABLES && code <= LAST_SYLLABLE;

/**
 * The names fold of a plainly folded text, its origins carried through.
 * `wordStart`: whether the text's first syllable starts a word. A query
 * word is folded both ways, as it may be typed from a word's start or from
 * its middle (쿠오카 from 후쿠오카).
 */
export function foldNames(plain: Folded, wordStart: boolean): Folded {
  const { text } = plain;
  const origin: number[] = [];
  let out = '';
  // The previous syllable kept, as folded, while the run of syllables goes on.
  let previous: { vowel: number; final: number } | null = null;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (!isSyllable(code)) {
      out += text[at];
      origin.push(plain.origin[at] ?? 0);
      previous = null;
      continue;
    }
    const index = code - SYLLABLES;
    let initial = Math.floor(index / 588);
    const vowel = Math.floor((index % 588) / 28);
    let final = index % 28;
    const startsWord = at === 0 ? wordStart : !isSyllable(text.charCodeAt(at - 1));
    if (
      previous &&
      previous.final === T.none &&
      initial === L.ieung &&
      final === T.none &&
      LENGTHENS[vowel]?.includes(previous.vowel)
    ) {
      continue;
    }
    initial = ASPIRATED[initial] ?? initial;
    if (initial === L.ss && vowel === V.eu) initial = L.ch;
    if (startsWord) initial = PLAIN_AT_START[initial] ?? initial;
    if (final === T.s && at + 1 < text.length && isSyllable(text.charCodeAt(at + 1))) final = T.none;
    if (final === T.m || final === T.ng) final = T.n;
    out += String.fromCharCode(SYLLABLES + (initial * 21 + vowel) * 28 + final);
    origin.push(plain.origin[at] ?? 0);
    previous = { vowel, final };
  }
  origin.push(plain.origin[text.length] ?? 0);
  return { text: out, origin };
}

/** Whether a text holds a Hangul syllable: only then does the names fold change it. */
export function hasHangul(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) if (isSyllable(text.charCodeAt(at))) return true;
  return false;
}

/** Where each run of Hangul syllables starts and ends, [start, end) pairs: the words a place name may open. */
export function hangulRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const inside = at < text.length && isSyllable(text.charCodeAt(at));
    if (inside && start < 0) start = at;
    if (!inside && start >= 0) {
      runs.push([start, at]);
      start = -1;
    }
  }
  return runs;
}
