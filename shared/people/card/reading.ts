import { hasColumns, mergeOrientations, needsLatinReading } from './models';
import { type OcrLine, ocrPage, pageLines } from './ocrLines';

/**
 * How one photo of a card is read with tesseract.js, the same in the app
 * (renderer/features/people/cards/ocr.ts) and in the tests that measure it
 * (test/e2e/support/cardsOcr.ts): a Japanese card by the horizontal model,
 * and where it has columns by the vertical one too, each keeping what it
 * read in its own direction; a Korean one by the Korean model; lines
 * holding an e-mail or web address or a telephone number read again by the
 * English model, which keeps their dots and separators.
 */

/** Which side of a card a photo shows, which says which models read it. */
export type CardSide = 'ja' | 'ko' | 'en';

/** The trained data the npm packages @tesseract.js-data/* ship: bundled, never downloaded. */
export type OcrModel = 'jpn' | 'jpn_vert' | 'kor' | 'eng';

/** The page layout each model reads best with (Tesseract's PSM): sparse text across, columns by the full analysis. */
export const LAYOUT: Record<OcrModel, '3' | '11'> = { jpn: '11', jpn_vert: '3', kor: '11', eng: '11' };

/** The app's card reader (renderer/services/cardReader), as the screens use it. */
export interface CardReader {
  /** The lines of one photo of a card, as the OCR read them; `onProgress` is told the share done, 0 to 1. */
  read(photo: Blob, side: CardSide, onProgress?: (share: number) => void): Promise<OcrLine[]>;
  close(): Promise<void>;
}

/** What a tesseract.js worker is asked here: its recognize, with blocks in the output. */
export interface Recogniser<Image> {
  recognize(
    image: Image,
    options: { rotateAuto?: boolean; rotateRadians?: number; rectangle?: Rectangle },
    output: { blocks: true },
  ): Promise<{ data: unknown }>;
}
interface Rectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A photo's lines as `model` reads it, straightened first where it lies askew; checked as they leave the worker. */
async function recognise<Image>(model: Recogniser<Image>, image: Image) {
  const { data } = await model.recognize(image, { rotateAuto: true }, { blocks: true });
  const radians = (data as { rotateRadians?: unknown }).rotateRadians;
  return { lines: pageLines(ocrPage.parse(data)), radians: typeof radians === 'number' ? radians : 0 };
}

/** One line read again by the English model, on the photo turned as the first reading turned it. */
async function inLatin<Image>(eng: Recogniser<Image>, image: Image, radians: number, line: OcrLine) {
  const margin = 4;
  const { x0, y0, x1, y1 } = line.bbox;
  const [left, top] = [Math.max(0, x0 - margin), Math.max(0, y0 - margin)];
  const rectangle = { left, top, width: x1 + margin - left, height: y1 + margin - top };
  const { data } = await eng.recognize(image, { rectangle, rotateRadians: radians }, { blocks: true });
  return pageLines(ocrPage.parse(data));
}

/**
 * Every line the OCR reads on one photo of a card: what readCard proposes
 * fields from. `model` gives a model's worker, loaded when first asked for;
 * `step` is told each pass done, for progress.
 */
export async function readCardLines<Image>(
  image: Image,
  side: CardSide,
  model: (name: OcrModel) => Promise<Recogniser<Image>>,
  step: () => void = () => undefined,
): Promise<OcrLine[]> {
  if (side === 'en') {
    const { lines } = await recognise(await model('eng'), image);
    step();
    return lines;
  }
  const across = await recognise(await model(side === 'ko' ? 'kor' : 'jpn'), image);
  step();
  let { lines } = across;
  if (side === 'ja' && hasColumns(across.lines)) {
    lines = mergeOrientations(across.lines, (await recognise(await model('jpn_vert'), image)).lines);
    step();
  }
  const eng = await model('eng');
  const again = await Promise.all(
    lines.filter(needsLatinReading).map((line) => inLatin(eng, image, across.radians, line)),
  );
  step();
  return [...lines, ...again.flat()];
}
