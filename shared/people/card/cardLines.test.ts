import { describe, expect, it } from 'vitest';
import { cardLines, cardText } from './cardLines';
import type { OcrLine } from './ocrLines';

const line = (text: string, [x0, y0, x1, y1]: [number, number, number, number], confidence = 90): OcrLine => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

describe('a line’s text as typed', () => {
  it('turns circled and full-width digits and marks back into ASCII', () => {
    expect(cardText('TEL 0⑨②-⑥④③-③000')).toBe('TEL 092-643-3000');
    expect(cardText('ｙａｍａｄａ＠ｐｒｅｆ．ｆｕｋｕｏｋａ．ｌｇ．ｊｐ')).toBe('yamada@pref.fukuoka.lg.jp');
  });

  it('takes out the spaces the Japanese model puts between characters, and keeps those beside Latin letters', () => {
    expect(cardText('商 工 部 新 産 業 振 興 課\n')).toBe('商工部新産業振興課');
    expect(cardText('〒⑧①②-⑧⑤⑦⑦ 福 岡 県 東 公 園 ⑦ 番 ⑦ 号')).toBe('〒812-8577福岡県東公園7番7号');
    expect(cardText('株式会社 ABC Japan')).toBe('株式会社 ABC Japan');
  });

  it('joins Hangul the Korean model parted syllable by syllable, keeping its real spaces and the one after 현', () => {
    expect(cardText('상공부 신 산 업 진 흥 과 과장')).toBe('상공부 신산업진흥과 과장');
    expect(cardText('후 쿠 오 카 현 후 쿠 오 카 시')).toBe('후쿠오카현 후쿠오카시');
    expect(cardText('야마다 다로')).toBe('야마다 다로');
  });

  it('reads the dashes the OCR puts between digits as hyphens, and brackets without spaces inside', () => {
    expect(cardText('092ー643一3000 − 1')).toBe('092-643-3000-1');
    expect(cardText('( 우 ) 812-8577')).toBe('(우) 812-8577');
  });
});

describe('a card’s lines', () => {
  it('measure the type by the shorter side of the box, across or down, and score confidence from 0 to 1', () => {
    const [across, down] = cardLines([line('課 長', [51, 130, 93, 151], 95), line('係長', [785, 114, 821, 190], 83)]);
    expect(across).toMatchObject({ index: 0, sources: [0], text: '課長', confidence: 0.95, size: 21 });
    expect(down).toMatchObject({ index: 1, sources: [1], text: '係長', confidence: 0.83, size: 36 });
  });

  it('put back a name the OCR broke at its wide space, across or down, whichever part it listed first', () => {
    const across = cardLines([line('高 橋', [533, 309, 685, 383]), line('直 樹', [773, 309, 925, 383], 80)]);
    expect(across).toEqual([
      {
        index: 0,
        sources: [0, 1],
        text: '高橋 直樹',
        confidence: 0.8,
        size: 74,
        box: { x0: 533, y0: 309, x1: 925, y1: 383 },
      },
    ]);
    const down = cardLines([line('健 一', [582, 454, 667, 620]), line('中 村', [562, 117, 666, 332])]);
    expect(down.map((joined) => [joined.text, joined.sources])).toEqual([['中村 健一', [1, 0]]]);
  });

  it('leave apart lines of another size or far apart, and drop empty ones', () => {
    const lines = cardLines([
      line('課長', [50, 100, 100, 120]),
      line('山田太郎', [110, 90, 330, 140]),
      line('TEL', [700, 100, 760, 120]),
      line(' \n', [0, 0, 5, 5]),
    ]);
    expect(lines.map((kept) => kept.text)).toEqual(['課長', '山田太郎', 'TEL']);
  });
});
