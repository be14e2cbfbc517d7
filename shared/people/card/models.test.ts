import { describe, expect, it } from 'vitest';
import { hasColumns, mergeOrientations, needsLatinReading } from './models';
import type { OcrLine } from './ocrLines';

const line = (text: string, [x0, y0, x1, y1]: [number, number, number, number], confidence = 90): OcrLine => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

describe('a card read across and down', () => {
  const name = line('中 村', [562, 117, 666, 332]);
  const unit = line('産業 経済 局', [842, 113, 880, 600]);
  const contact = line('TEL 093-582-2065', [81, 1600, 330, 1623]);

  it('keeps columns from the vertical model and rows from the horizontal one, right to left, then top down', () => {
    const across = [contact, line('係 産', [785, 113, 879, 150]), line('城 医', [927, 116, 976, 318])];
    const down = [name, unit, line('mo ニ', [81, 1600, 330, 1623])];
    expect(mergeOrientations(across, down)).toEqual([unit, name, contact]);
  });

  it('calls the vertical model where the horizontal one read columns as tall lines or character by character', () => {
    expect(hasColumns([contact, line('城 医 哀', [467, 51, 493, 133])])).toBe(true);
    expect(hasColumns([contact, line('北', [927, 116, 975, 162]), line('村', [562, 230, 666, 332])])).toBe(true);
    expect(hasColumns([contact, line('福 岡 県', [51, 58, 133, 84]), line('〒', [50, 400, 70, 420])])).toBe(false);
  });
});

describe('reading a line again in Latin letters', () => {
  it('is worth it for e-mail and web addresses and telephone numbers', () => {
    const box: [number, number, number, number] = [0, 0, 300, 20];
    expect(needsLatinReading(line('E-mail yamada-t@preffukuoka.lg.jp', box))).toBe(true);
    expect(needsLatinReading(line('이메일 /307303-[(', box))).toBe(true);
    expect(needsLatinReading(line('www.pref.fukuoka.lg.jp', box))).toBe(true);
    expect(needsLatinReading(line('TEL 0⑨②-⑥④③.③000', box))).toBe(true);
    expect(needsLatinReading(line('〒⑧①②-⑧⑤⑦⑦ 福 岡 県', box))).toBe(false);
    expect(needsLatinReading(line('山 田 太 郎', box))).toBe(false);
  });
});
