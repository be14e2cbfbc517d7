import { describe, expect, it } from 'vitest';
import { type OcrLine, ocrPage, pageLines } from './ocrLines';

const line = (text: string, [x0, y0, x1, y1]: [number, number, number, number], confidence = 90): OcrLine => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

describe('the OCR’s page', () => {
  it('is read as tesseract.js returns it, keeping only the lines’ text, confidence and box', () => {
    const word = { text: '福岡', confidence: 96, bbox: { x0: 1, y0: 2, x1: 3, y1: 4 }, symbols: [] };
    const returned = {
      text: '福岡県\n',
      blocks: [
        {
          text: '福岡県\n',
          paragraphs: [{ lines: [{ ...line('福 岡 県\n', [51, 58, 133, 84], 96), words: [word], baseline: {} }] }],
        },
      ],
    };
    const page = ocrPage.parse(returned);
    expect(pageLines(page)).toEqual([line('福 岡 県\n', [51, 58, 133, 84], 96)]);
    expect(pageLines(ocrPage.parse({ blocks: null }))).toEqual([]);
  });

  it('refuses what no card holds: a line of a thousand characters, a confidence above 100', () => {
    const page = (text: string, confidence: number) => ({
      blocks: [{ paragraphs: [{ lines: [line(text, [0, 0, 10, 10], confidence)] }] }],
    });
    expect(ocrPage.safeParse(page('a'.repeat(1_001), 90)).success).toBe(false);
    expect(ocrPage.safeParse(page('a', 101)).success).toBe(false);
  });
});
