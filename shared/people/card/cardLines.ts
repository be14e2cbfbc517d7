import { joinFragments } from './fragments';
import type { OcrLine } from './ocrLines';

/**
 * A card's lines as the field rules read them: text normalised the way a
 * person would have typed it, confidence 0–1, and the type size, which tells
 * the name (the largest type) from the rest.
 */
export interface CardLine {
  /** Its place among the card's lines, in reading order. */
  index: number;
  /** The OCR's lines it was read from (one, or the parts of a line the OCR broke): a proposal names them. */
  sources: number[];
  text: string;
  confidence: number;
  /** The type's size in pixels: the shorter side of the line's box, across or down the card. */
  size: number;
  box: OcrLine['bbox'];
}

/** Scripts written without spaces between words, and the marks that go with them. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆〒・、。「」';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}\\d(])|(?<=[${CJK}\\d)]) +(?=[${CJK}])`, 'gu');
/**
 * A space between two one-syllable Hangul words: the Korean model parts the
 * words it does not know (Japanese names in Hangul) syllable by syllable. The
 * space after 현 stays: it ends a prefecture's name, and Japanese names in
 * Hangul have no such syllable (후쿠오카현 후쿠오카시).
 */
const BETWEEN_SYLLABLES = /(?<=(?:^|\s)(?!현)\p{Script=Hangul})\s(?=\p{Script=Hangul}(?:\s|$))/gu;
/** The dashes the OCR reads between digits: a hyphen may come out as ー, 一, − or a full-width one. */
const DIGIT_DASH = /(?<=\d)\s*[-‐‑–—―−ー一]\s*(?=\d)/g;

/**
 * A line's text as typed: NFKC first (the Japanese model prints digits as
 * circled digits ①②, and @ and . full-width), no spaces inside Japanese (the
 * model spaces every character), Hangul syllables it split joined back, and
 * dashes between digits as hyphens, brackets without the spaces the OCR puts in them.
 */
export function cardText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(BETWEEN_CJK, '')
    .replace(BETWEEN_SYLLABLES, '')
    .replace(DIGIT_DASH, '-')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
}

/** The lines with text in them, broken ones joined, normalised. */
export function cardLines(lines: readonly OcrLine[]): CardLine[] {
  return joinFragments(lines)
    .flatMap(({ parts, line, sources }) => {
      const text = parts.map(cardText).filter(Boolean).join(' ');
      const { x0, y0, x1, y1 } = line.bbox;
      const size = Math.min(x1 - x0, y1 - y0);
      return text ? [{ sources, text, confidence: line.confidence / 100, size, box: line.bbox }] : [];
    })
    .map((line, index) => ({ index, ...line }));
}
