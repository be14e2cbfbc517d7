import { type Mora, readKana, type Syllable } from './kana';

/**
 * A Japanese reading in Hangul by the standard transcription of Japanese
 * (외래어 표기법, 일본어의 가나와 한글 대조표), as the National Institute of
 * Korean Language and the newspapers write names: か, た, ち and their
 * palatal forms unaspirated at the start of a word and aspirated inside it
 * (가나가와, 기타큐슈, 지바, 도치기); つ 쓰; ん and っ the batchim ㄴ and ㅅ
 * (센다이, 삿포로); long vowels not written (도쿄, 오사카, 사토).
 */

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINAL_N = 4;
const FINAL_S = 19;

/** Each onset's consonant inside a word, and at its start where that differs. */
const CONSONANTS: Record<string, readonly [string, string?]> = {
  '': ['ㅇ'],
  k: ['ㅋ', 'ㄱ'],
  g: ['ㄱ'],
  s: ['ㅅ'],
  sh: ['ㅅ'],
  z: ['ㅈ'],
  j: ['ㅈ'],
  t: ['ㅌ', 'ㄷ'],
  ch: ['ㅊ', 'ㅈ'],
  ts: ['ㅆ'],
  d: ['ㄷ'],
  n: ['ㄴ'],
  h: ['ㅎ'],
  f: ['ㅎ'],
  b: ['ㅂ'],
  v: ['ㅂ'],
  p: ['ㅍ'],
  m: ['ㅁ'],
  r: ['ㄹ'],
  w: ['ㅇ'],
  y: ['ㅇ'],
};

const PLAIN = { a: 'ㅏ', i: 'ㅣ', u: 'ㅜ', e: 'ㅔ', o: 'ㅗ' } as const;
const Y_GLIDE = { a: 'ㅑ', i: 'ㅣ', u: 'ㅠ', e: 'ㅖ', o: 'ㅛ' } as const;
const W_GLIDE = { a: 'ㅘ', i: 'ㅟ', u: 'ㅜ', e: 'ㅞ', o: 'ㅝ' } as const;

/** The consonant of an onset, without the y of a palatal one (ky, ny, ty …). */
function consonantOf(onset: string): string {
  return onset.length > 1 && onset.endsWith('y') ? onset.slice(0, -1) : onset;
}

/** The vowel as Korean writes it after the onset: す 스, しゃ 샤 but じゃ 자 and ちゃ 차 (Korean has no 쟈 sound). */
function medialOf({ onset, vowel }: Syllable): string {
  const consonant = consonantOf(onset);
  if (onset === 'w' || onset === 'f') return W_GLIDE[vowel];
  const palatal = onset === 'y' || onset === 'sh' || consonant !== onset;
  if (palatal) return Y_GLIDE[vowel];
  if (vowel === 'u' && (onset === 's' || onset === 'z' || onset === 'ts')) return 'ㅡ';
  return PLAIN[vowel];
}

function syllableCode(syllable: Syllable, wordInitial: boolean): number {
  const [inside, initial] = CONSONANTS[consonantOf(syllable.onset)] ?? ['ㅇ'];
  const consonant = wordInitial ? (initial ?? inside) : inside;
  return 0xac00 + (INITIALS.indexOf(consonant) * 21 + MEDIALS.indexOf(medialOf(syllable))) * 28;
}

/** `reading` (hiragana or katakana, words apart) in Hangul; anything not kana is kept as it is. */
export function hangulReading(reading: string): string {
  const out: (number | string)[] = [];
  let wordStart = true;
  /** Adds a batchim to the syllable just written; ん or っ with none before it is not written. */
  const final = (code: number) => {
    const last = out.at(-1);
    if (typeof last === 'number' && (last - 0xac00) % 28 === 0) out[out.length - 1] = last + code;
  };
  const write = (mora: Mora) => {
    switch (mora.kind) {
      case 'syllable':
        out.push(syllableCode(mora, wordStart));
        wordStart = false;
        return;
      case 'n':
        return final(FINAL_N);
      case 'sokuon':
        return final(FINAL_S);
      case 'long':
        return;
      case 'break':
        out.push(' ');
        wordStart = true;
        return;
      case 'other':
        out.push(mora.text);
        wordStart = true;
        return;
    }
  };
  readKana(reading).forEach(write);
  return out
    .map((part) => (typeof part === 'number' ? String.fromCharCode(part) : part))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
