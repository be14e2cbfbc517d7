import { describe, expect, it } from 'vitest';
import { detectLanguage, pickName, textIn, translatableText, translationStatus } from './text';

describe('detectLanguage', () => {
  it('tells Korean by Hangul and Japanese by kana', () => {
    expect(detectLanguage('중앙정부와의 협력', 'en')).toBe('ko');
    expect(detectLanguage('中央政府との協力', 'en')).toBe('ja');
    expect(detectLanguage('Cooperation with the centre', 'ko')).toBe('en');
  });

  it('keeps the fallback for kanji alone, which both languages write', () => {
    expect(detectLanguage('科学技術庁', 'ko')).toBe('ko');
    expect(detectLanguage('科学技術庁', 'ja')).toBe('ja');
    expect(detectLanguage('', 'ja')).toBe('ja');
  });
});

describe('pickName', () => {
  it('uses the first preferred language that has a name, then any', () => {
    const name = { ko: '후쿠오카현청', ja: '福岡県庁' };
    expect(pickName(name, ['ja', 'ko'])).toBe('福岡県庁');
    expect(pickName(name, ['en'])).toBe('후쿠오카현청');
    expect(pickName({}, ['en'])).toBe('');
  });
});

describe('textIn', () => {
  const purpose = { lang: 'ko' as const, text: '연수', translations: { ja: '研修' } };
  it('gives the translation when there is one, else the original in its own language', () => {
    expect(textIn(purpose, 'ja')).toEqual({ text: '研修', lang: 'ja' });
    expect(textIn(purpose, 'ko')).toEqual({ text: '연수', lang: 'ko' });
    expect(textIn(purpose, 'en')).toEqual({ text: '연수', lang: 'ko' });
  });
});

describe('translationStatus', () => {
  const answer = {
    lang: 'ko' as const,
    text: '현 예산의 1/4~1/5',
    translations: { ja: '県予算の4分の1から5分の1', en: ' ' },
  };
  it('calls the text’s own language the original, and a translation a draft until it is reviewed', () => {
    expect(translationStatus(answer, 'ko')).toBe('original');
    expect(translationStatus(answer, 'ja')).toBe('draft');
    expect(translationStatus({ ...answer, reviewed: { ja: true } }, 'ja')).toBe('reviewed');
  });

  it('counts a blank translation as missing, and a review of nothing as nothing', () => {
    expect(translationStatus(answer, 'en')).toBe('missing');
    expect(translationStatus({ ...answer, reviewed: { en: true } }, 'en')).toBe('missing');
    expect(translationStatus({ ...answer, translations: {} }, 'ja')).toBe('missing');
  });

  it('reads a text stored before reviews existed', () => {
    const stored = translatableText.parse({ lang: 'ja', text: '研修', translations: { ko: '연수' } });
    expect(translationStatus(stored, 'ko')).toBe('draft');
  });
});
