import { describe, expect, it } from 'vitest';
import { particleAfter } from './particles';

describe('Korean particles after a word', () => {
  it('follow a Hangul syllable’s final consonant', () => {
    expect(particleAfter('현', '은/는')).toBe('은');
    expect(particleAfter('연구개발', '은/는')).toBe('은');
    expect(particleAfter('과학기술처', '은/는')).toBe('는');
    expect(particleAfter('중소기업청', '이/가')).toBe('이');
    expect(particleAfter('후쿠오카', '이/가')).toBe('가');
    expect(particleAfter('자치성', '을/를')).toBe('을');
    expect(particleAfter('지방자치단체', '을/를')).toBe('를');
    expect(particleAfter('현', '과/와')).toBe('과');
    expect(particleAfter('과학기술처', '과/와')).toBe('와');
  });

  it('take 로 after ㄹ as after a vowel, 으로 after any other final consonant', () => {
    expect(particleAfter('연구개발', '으로/로')).toBe('로');
    expect(particleAfter('과학기술처', '으로/로')).toBe('로');
    expect(particleAfter('현', '으로/로')).toBe('으로');
  });

  it('read past closing quotes, brackets and stops', () => {
    expect(particleAfter('과학기술처(과기처)', '은/는')).toBe('는');
    expect(particleAfter('“현”', '은/는')).toBe('은');
    expect(particleAfter('연구개발.', '은/는')).toBe('은');
  });

  it('read numbers in Sino-Korean, kana as written in Hangul, capitals as letters’ names', () => {
    expect(particleAfter('제3', '은/는')).toBe('은');
    expect(particleAfter('1/4', '은/는')).toBe('는');
    expect(particleAfter('2020', '은/는')).toBe('은');
    expect(particleAfter('１００', '이/가')).toBe('이');
    expect(particleAfter('7', '으로/로')).toBe('로');
    expect(particleAfter('ふくおか', '은/는')).toBe('는');
    expect(particleAfter('テクノセンター', '은/는')).toBe('는');
    expect(particleAfter('ﾊﾟｿｺﾝ', '은/는')).toBe('은');
    expect(particleAfter('JST', '은/는')).toBe('는');
    expect(particleAfter('ASEAN', '은/는')).toBe('은');
    expect(particleAfter('URL', '으로/로')).toBe('로');
  });

  it('give both forms when the reading cannot be told: kanji, a lower-case Latin word, no letters at all', () => {
    expect(particleAfter('科学技術庁', '은/는')).toBe('은(는)');
    expect(particleAfter('県', '으로/로')).toBe('(으)로');
    expect(particleAfter('Fieldbook', '을/를')).toBe('을(를)');
    expect(particleAfter('', '이/가')).toBe('이(가)');
    expect(particleAfter('“”', '과/와')).toBe('과(와)');
  });
});
