import { describe, expect, it } from 'vitest';
import { type Candidate, findName } from './name';

/** A candidate on a line of its own, `size` pixels high, `y` from the top. */
const candidate = (text: string, size: number, y: number, confidence = 0.9, certainty = 1): Candidate => ({
  text,
  certainty,
  line: { index: y, sources: [y], text, confidence, size, box: { x0: 50, y0: y, x1: 50 + size * 4, y1: y + size } },
});

const values = (candidates: Candidate[]) =>
  Object.fromEntries(Object.entries(findName(candidates)).map(([field, found]) => [field, found?.value ?? null]));

describe('the name on a card', () => {
  it('is the largest type written as a name is, with its reading next to it and its Latin spelling', () => {
    const card = [
      candidate('やまだ。たろう', 16, 170),
      candidate('山田 太郎', 54, 190),
      candidate('Taro YAMADA', 22, 250),
      candidate('事業推進のご案内', 30, 20),
    ];
    expect(values(card)).toEqual({ name: '山田 太郎', reading: 'やまだ たろう', romanised: 'Taro YAMADA' });
    expect(findName(card).name?.confidence).toBe(0.81);
  });

  it('is less sure where other type is as large, and is read in Hangul or Latin letters where no kanji are', () => {
    expect(findName([candidate('山田太郎', 30, 100), candidate('営業推進', 28, 20)]).name?.confidence).toBe(0.65);
    expect(values([candidate('야마다 다로', 50, 100)])).toEqual({
      name: '야마다 다로',
      reading: null,
      romanised: null,
    });
    expect(values([candidate('Taro YAMADA', 40, 100)])).toEqual({
      name: 'Taro YAMADA',
      reading: null,
      romanised: 'Taro YAMADA',
    });
  });

  it('is no smudge, and its reading is no stray kana elsewhere or shorter than the name', () => {
    const card = [candidate('ロロ', 20, 140, 0.2), candidate('鈴木一郎', 50, 190), candidate('すずき', 14, 170)];
    expect(values([...card, candidate('すずきいちろう', 14, 600)])).toEqual({
      name: '鈴木一郎',
      reading: null,
      romanised: null,
    });
    expect(values([candidate('| ー」', 60, 10, 0.12)])).toEqual({ name: null, reading: null, romanised: null });
  });
});
