import { describe, expect, it } from 'vitest';
import { romanisedReading } from './romaji';

describe('a Japanese reading in Latin letters', () => {
  it('spells names as a passport does: long vowels not written', () => {
    const spelt = {
      ふくおか: 'Fukuoka',
      おおの: 'Ono',
      とうきょう: 'Tokyo',
      さとう: 'Sato',
      ゆうこ: 'Yuko',
      きょうと: 'Kyoto',
      おおうち: 'Ouchi',
      いのうえ: 'Inoue',
      ともお: 'Tomoo',
      いしい: 'Ishii',
      にいがた: 'Niigata',
      けいこ: 'Keiko',
    };
    expect(Object.keys(spelt).map(romanisedReading)).toEqual(Object.values(spelt));
  });

  it('spells the Hepburn consonants, ん before b, m and p, and っ', () => {
    const spelt = {
      'しち つ ふ じ ぢ づ': 'Shichi Tsu Fu Ji Ji Zu',
      'しゃ ちゅ じょ りゅう': 'Sha Chu Jo Ryu',
      しんばし: 'Shimbashi',
      なんば: 'Namba',
      ほんま: 'Homma',
      けんいち: 'Kenichi',
      じゅんいちろう: 'Junichiro',
      はっとり: 'Hattori',
      はっちょうぼり: 'Hatchobori',
      べっぷ: 'Beppu',
    };
    expect(Object.keys(spelt).map(romanisedReading)).toEqual(Object.values(spelt));
  });

  it('reads katakana and capitalises each word', () => {
    expect(romanisedReading('ヤマダ・タロウ')).toBe('Yamada Taro');
    expect(romanisedReading('やまだ　たろう')).toBe('Yamada Taro');
  });
});
