import { describe, expect, it } from 'vitest';
import type { CardLine } from './cardLines';
import { findPhones } from './phones';

const line = (
  text: string,
  confidence = 0.9,
  index = 0,
  box = { x0: 0, y0: index * 30, x1: 400, y1: index * 30 + 20 },
) => ({ index, sources: [index], text, confidence, size: 20, box }) satisfies CardLine;

const values = (lines: CardLine[]) =>
  Object.fromEntries(Object.entries(findPhones(lines)).map(([kind, found]) => [kind, found?.value ?? null]));

describe('telephone numbers on a card', () => {
  it('are told apart by their labels, in Japanese, Korean and English', () => {
    expect(values([line('TEL 092-643-3000 FAX 092-643-3001')])).toEqual({
      phone: '092-643-3000',
      fax: '092-643-3001',
      mobile: null,
    });
    expect(
      values([line('電話092-643-3000'), line('ファクス092-643-3001', 0.9, 1), line('携帯090-1234-5678', 0.9, 2)]),
    ).toEqual({ phone: '092-643-3000', fax: '092-643-3001', mobile: '090-1234-5678' });
    expect(values([line('전화 +81-92-643-3000 팩스 +81-92-643-3001'), line('H.P 010-1234-5678', 0.9, 1)])).toEqual({
      phone: '+81-92-643-3000',
      fax: '+81-92-643-3001',
      mobile: '010-1234-5678',
    });
    expect(values([line('T. 03-1234-5678 / F. 03-1234-5679')])).toMatchObject({
      phone: '03-1234-5678',
      fax: '03-1234-5679',
    });
    expect(values([line('TEL/FAX 0940-33-1234')])).toMatchObject({ phone: '0940-33-1234', fax: '0940-33-1234' });
  });

  it('are written with hyphens between the groups as printed, however the OCR spaced them', () => {
    expect(values([line('Tel: +81 92 802 3000')]).phone).toBe('+81-92-802-3000');
    expect(values([line('+81(0)92-643-3000')]).phone).toBe('+81-92-643-3000');
    expect(values([line('(092) 643-3000')]).phone).toBe('092-643-3000');
    expect(values([line('TEL 0 3 - 1 2 3 4 - 5 6 7 8')]).phone).toBe('03-1234-5678');
    expect(values([line('EL 092-643.3000')]).phone).toBe('092-643-3000');
    expect(values([line('02-2110-2000')]).phone).toBe('02-2110-2000');
  });

  it('are no postal code, street number or year, and a number without a label is a telephone or by its prefix a mobile', () => {
    expect(values([line('〒812-8577 福岡市博多区東公園7-7 2024')])).toEqual({ phone: null, fax: null, mobile: null });
    expect(values([line('092-643-3000'), line('080-1234-5678', 0.9, 1)])).toEqual({
      phone: '092-643-3000',
      fax: null,
      mobile: '080-1234-5678',
    });
  });

  it('take the label from one reading of a line and the digits from a clearer one', () => {
    const box = { x0: 50, y0: 300, x1: 500, y1: 320 };
    const japanese = line('ファクス092-643.300l', 0.5, 0, box);
    const latin = line('Ty7X 092-643-3001', 0.9, 1, box);
    expect(values([japanese, latin]).fax).toBe('092-643-3001');
    expect(findPhones([japanese, latin]).fax?.lines).toEqual([1]);
  });
});
