import { heightOf as height, type OcrLine, widthOf as width } from './ocrLines';

/**
 * Which of the OCR's models reads what on a card: the horizontal Japanese
 * model reads it first; the vertical one only where there are columns, each
 * keeping what it read in its own direction; the English one again the lines
 * the others read badly. The app's reader and the tests run them so.
 */

/** Whether `column` covers a third or more of `row`. */
function covers(column: OcrLine, row: OcrLine): boolean {
  const [a, b] = [column.bbox, row.bbox];
  const shared =
    Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  return shared >= (width(row) * height(row)) / 3;
}

/**
 * One card's lines from the horizontal and the vertical Japanese models, each
 * kept where it read in its own direction: a card may set its name vertically
 * and its contacts across, and each model reads the other direction as noise
 * (in boxes of the wrong shape). Columns first, right to left as they are read,
 * then rows from the top.
 */
export function mergeOrientations(horizontal: readonly OcrLine[], vertical: readonly OcrLine[]): OcrLine[] {
  const columns = vertical.filter((line) => height(line) > width(line));
  // The horizontal model also reads across the tops of columns (係産, 長業): a row that lies on a column is that.
  const rows = horizontal.filter(
    (line) => width(line) >= height(line) && !columns.some((column) => covers(column, line)),
  );
  return [...columns.toSorted((a, b) => b.bbox.x1 - a.bbox.x1), ...rows.toSorted((a, b) => a.bbox.y0 - b.bbox.y0)];
}

/**
 * Whether a card read by the horizontal model has text set down the card: the
 * model reads a column as a line taller than wide, or as characters one by
 * one. Only then is the vertical model worth its time (a second or more a card).
 */
export function hasColumns(horizontal: readonly OcrLine[]): boolean {
  const letters = (line: OcrLine) => line.text.replace(/\s/g, '').length;
  const tall = horizontal.some((line) => letters(line) >= 2 && height(line) > 1.5 * width(line));
  const alone = horizontal.filter((line) => letters(line) === 1 && /\p{Script=Han}/u.test(line.text));
  return tall || alone.length >= 2;
}

/** A run of digits as long as a telephone number's, however the OCR spaced or misread its separators. */
const NUMBER_LIKE = /(?:\d[\s().+-]*){9,}/;

/**
 * Whether a line is worth reading again with the Latin model: the Japanese and
 * Korean models lose dots and letters in e-mail and web addresses
 * (pref.fukuoka read as preffukuoka) and misread the separators of telephone
 * numbers, which the English one reads whole. Its second reading is added
 * beside the first, and readCard takes the better of the two.
 */
export function needsLatinReading(line: OcrLine): boolean {
  const text = line.text.normalize('NFKC');
  return /@|www|https?:|e-?mail|メール|이메일|\.(?:jp|com|kr|org|net)\b/i.test(text) || NUMBER_LIKE.test(text);
}
