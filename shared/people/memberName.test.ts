import { describe, expect, it } from 'vitest';
import { memberNameFor, memberNames } from './memberName';

const koreansInJapan = { languages: { home: 'ko' as const, host: 'ja' as const } };
const kim = { name: '김영수', nameForHosts: '金永洙（キム・ヨンス）' };

describe('a member’s name for a reader', () => {
  it('is the name in the reader’s language where one was entered, with the other beside it', () => {
    expect(memberNameFor(kim, 'ja', koreansInJapan)).toEqual({
      name: { text: '金永洙（キム・ヨンス）', lang: 'ja' },
      other: { text: '김영수', lang: 'ko' },
    });
    expect(memberNameFor(kim, 'ko', koreansInJapan)).toEqual({
      name: { text: '김영수', lang: 'ko' },
      other: { text: '金永洙（キム・ヨンス）', lang: 'ja' },
    });
  });

  it('is the delegation’s name for a reader of a language none was entered in, or when the hosts’ is not written', () => {
    expect(memberNameFor(kim, 'en', koreansInJapan).name).toEqual({ text: '김영수', lang: 'ko' });
    expect(memberNameFor({ name: '이서연', nameForHosts: ' ' }, 'ja', koreansInJapan)).toEqual({
      name: { text: '이서연', lang: 'ko' },
      other: null,
    });
  });

  it('follows who visits whom: a Japanese delegation in Korea writes its names in Japanese', () => {
    const japaneseInKorea = { languages: { home: 'ja' as const, host: 'ko' as const } };
    const sato = { name: '佐藤一郎', nameForHosts: '사토 이치로' };
    expect(memberNames(sato, japaneseInKorea)).toEqual({ ja: '佐藤一郎', ko: '사토 이치로' });
    expect(memberNameFor(sato, 'ja', japaneseInKorea).name.text).toBe('佐藤一郎');
    expect(memberNameFor(sato, 'ko', japaneseInKorea).name.text).toBe('사토 이치로');
  });
});
