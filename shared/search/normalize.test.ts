import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KANJI_VARIANTS } from './kanji';
import { fold, foldsToItself, originalRange } from './normalize';

const same = (a: string, b: string) => expect(fold(a).text, `${a} / ${b}`).toBe(fold(b).text);
const apart = (a: string, b: string) => expect(fold(a).text, `${a} / ${b}`).not.toBe(fold(b).text);

describe('forms readers take as the same character fold alike', () => {
  it('folds the traditional forms of Korean hanja and the shinjitai of Japanese to one', () => {
    const pairs =
      '県縣 学學 発發 国國 会會 体體 実實 対對 応應 経經 済濟 関關 区區 労勞 広廣 総總 気氣 数數 単單 変變 転轉 鉄鐵 辺邊 ' +
      '図圖 売賣 読讀 続續 来來 様樣 栄榮 営營 検檢 験驗 権權 歴歷 医醫 団團 圧壓 党黨 灯燈 当當 将將 専專 帯帶 庁廳 価價 仮假';
    for (const pair of pairs.split(' ')) {
      const [modern = '', old = ''] = Array.from(pair);
      same(modern, old);
      expect(fold(old).text).toBe(modern);
    }
    same('科學技術廳', '科学技術庁');
    same('計劃', '計画');
    same('硏究', '研究');
  });

  it('keeps a table of a few hundred pairs, each two code points folding one way, with no chains', () => {
    expect(KANJI_VARIANTS.size).toBeGreaterThanOrEqual(300);
    for (const [old, modern] of KANJI_VARIANTS) {
      expect(old).not.toBe(modern);
      expect(KANJI_VARIANTS.has(modern), `${old} → ${modern} → ?`).toBe(false);
    }
  });

  it('folds the CJK compatibility ideographs Korean hanja input gives (NFKC)', () => {
    same('\uf914', '楽');
    same('\ufa5c', '臭');
  });

  it('folds full-width and half-width forms, and Latin case and accents', () => {
    same('ＡＢＣ', 'ABC');
    same('ABC', 'abc');
    same('ｶﾀｶﾅ', 'カタカナ');
    same('ｶﾞｲﾄﾞ', 'ガイド');
    same('１９９６年', '1996年');
    same('Tōkyō', 'tokyo');
    same('Kyūshū', 'KYUSHU');
  });

  it('folds Hangul typed as composed syllables or as separate jamo (NFC/NFD)', () => {
    same('과학기술청', '과학기술청'.normalize('NFD'));
    same('\u1112\u1161\u11ab\u1100\u1173\u11af', '한글');
  });

  it('folds the ways of writing one mark, and any run of spaces to one', () => {
    same('1/4〜1/5', '1/4~1/5');
    same('産学・共同', '産学･共同');
    same('2–3', '2-3');
    same('산·학\n\t공동', '산·학 공동');
    expect(fold('a\u200bb').text).toBe('ab');
  });

  it('keeps apart what readers tell apart', () => {
    apart('県', '件');
    apart('ガ', 'カ');
    apart('か', 'カ');
    apart('学', '字');
    apart('까지', '카지');
    apart('오오사카', '오사카');
  });
});

describe('each folded character knows where it came from', () => {
  it('maps a contracting fold back: half-width voiced kana, decomposed Hangul', () => {
    expect(fold('ｶﾞｲﾄﾞ')).toEqual({ text: 'ガイド', origin: [0, 2, 3, 5] });
    const decomposed = '한국'.normalize('NFD');
    expect(fold(decomposed)).toEqual({ text: '한국', origin: [0, 3, 6] });
    expect(fold('𠮷野家')).toEqual({ text: '吉野家', origin: [0, 2, 3, 4] });
  });

  it('maps an expanding fold back: ㈜ is (주), each from the one character', () => {
    const { text, origin } = fold('㈜한국');
    expect(text).toBe('(주)한국');
    expect(origin).toEqual([0, 0, 0, 1, 2, 3]);
    // Found inside the expansion, the whole of ㈜ is highlighted.
    expect(originalRange(origin, text.indexOf('주'), text.indexOf('주') + 1)).toEqual([0, 1]);
    expect(originalRange(origin, text.indexOf('한'), text.length)).toEqual([1, 3]);
  });

  it('maps a collapsed run of spaces to its first', () => {
    expect(fold('a \n b')).toEqual({ text: 'a b', origin: [0, 1, 4, 5] });
  });

  const pieces = [
    '과학기술',
    '과학기술'.normalize('NFD'),
    '科學技術廳',
    'ｶﾞｲﾄﾞ',
    '㈜',
    '㍻',
    'ＡＢＣ',
    'Tōkyō',
    '𠮷',
    ' \n',
    '후꾸오까',
    '도오쿄오',
    'e\u0301',
    '\u200b',
    '。',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

  it('gives every folded character an origin, in order, ending at the original length', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'binary' })), fc.boolean(), (text, names) => {
        const { text: folded, origin } = fold(text, { names });
        expect(origin).toHaveLength(folded.length + 1);
        expect(origin[origin.length - 1]).toBe(text.length);
        for (let at = 1; at < origin.length; at += 1) {
          expect(origin[at] ?? 0).toBeGreaterThanOrEqual(origin[at - 1] ?? 0);
        }
      }),
    );
  });

  it('folds a folded text to itself, and says so without folding it', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, names) => {
        const once = fold(text, { names }).text;
        expect(fold(once, { names }).text).toBe(once);
        expect(foldsToItself(once)).toBe(fold(once).text === once);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'binary' })), (text) => {
        if (foldsToItself(text))
          expect(fold(text)).toEqual({ text, origin: Array.from({ length: text.length + 1 }, (_, at) => at) });
      }),
    );
  });
});
