import { describe, expect, it } from 'vitest';
import { findAddress } from './address';
import type { CardLine } from './cardLines';

const card = (...texts: string[]): CardLine[] =>
  texts.map((text, index) => ({
    index,
    sources: [index],
    text,
    confidence: 0.9,
    size: 20,
    box: { x0: 0, y0: index * 30, x1: 400, y1: index * 30 + 20 },
  }));

const address = (...texts: string[]) => findAddress(card(...texts))?.value ?? null;

describe('a postal address on a card', () => {
  it('is a Japanese one by its postal code and place, on one line or two, with a building after', () => {
    expect(address('福岡県', '〒812-8577福岡県福岡市博多区東公園7番7号')).toBe(
      '〒812-8577 福岡県福岡市博多区東公園7番7号',
    );
    expect(address('〒100-0005', '東京都千代田区丸の内1-1-1', '丸の内ビル5F', 'info')).toBe(
      '〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル5F',
    );
    expect(address('住所:福岡市西区元岡744')).toBe('福岡市西区元岡744');
    expect(address('〒803-8501北九州市小倉北区城内一番一号')).toBe('〒803-8501 北九州市小倉北区城内一番一号');
  });

  it('is a Korean one by its region and street, or a Japanese host’s in Hangul', () => {
    expect(address('서울특별시 중구 세종대로 110')).toBe('서울특별시 중구 세종대로 110');
    expect(address('(우) 812-8577 일본 후쿠오카현 후쿠오카시하카타구 히가시코엔 7-7')).toBe(
      '(우) 812-8577 일본 후쿠오카현 후쿠오카시하카타구 히가시코엔 7-7',
    );
  });

  it('is an English one with the street on the line before its postal code', () => {
    expect(address('Taro YAMADA', '7-7 Higashi-koen, Hakata-ku,', 'Fukuoka 812-8577, Japan')).toBe(
      '7-7 Higashi-koen, Hakata-ku, Fukuoka 812-8577, Japan',
    );
  });

  it('is none of an organisation, a contact, or a line the card’s reader left out', () => {
    expect(address('福岡県', '福岡県庁', 'Japan Science and Technology Agency')).toBeNull();
    expect(address('〒812-8577 TEL 092-643-3000')).toBeNull();
    const gap = card('〒812-8577福岡県福岡市博多区東公園7番7号', 'TEL 092-643-3000', '5F');
    expect(findAddress([gap[0], gap[2]].flatMap((line) => line ?? []))?.value).toBe(
      '〒812-8577 福岡県福岡市博多区東公園7番7号',
    );
  });
});
