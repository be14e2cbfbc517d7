import { z } from 'zod';

/**
 * What the OCR hands back for a photographed card, in the shape tesseract.js 7
 * returns it (`recognize(image, {}, { blocks: true })`: blocks of paragraphs
 * of lines), checked as it crosses from the OCR's worker: only the lines'
 * text, confidence and box are read. The maxima are far above a card's
 * (a dozen lines of a few dozen characters), so that a noisy photo still
 * parses, and a hostile one stays small.
 */

const MAX_LINE_TEXT = 1_000;
const MAX_LINES = 200;

const box = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

export const ocrLine = z.object({
  text: z.string().max(MAX_LINE_TEXT),
  /** The OCR's confidence, 0–100, as Tesseract gives it. */
  confidence: z.number().min(0).max(100),
  bbox: box,
});
export type OcrLine = z.infer<typeof ocrLine>;

export const ocrPage = z.object({
  blocks: z
    .array(z.object({ paragraphs: z.array(z.object({ lines: z.array(ocrLine).max(MAX_LINES) })).max(MAX_LINES) }))
    .max(MAX_LINES)
    .nullable(),
});
export type OcrPage = z.infer<typeof ocrPage>;

/** A page's lines in the order the OCR read them. */
export function pageLines(page: OcrPage): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
}

/** A line's box's width and height: which is the longer tells a row from a column. */
export const widthOf = ({ bbox }: OcrLine) => bbox.x1 - bbox.x0;
export const heightOf = ({ bbox }: OcrLine) => bbox.y1 - bbox.y0;
