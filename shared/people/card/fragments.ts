import { heightOf as height, type OcrLine, widthOf as width } from './ocrLines';

/**
 * Lines the OCR broke in two, put back together: it ends a line at a wide
 * gap, and names and their readings are printed with one (山田　太郎, 中村
 * 健一 down a column, タカハシ　ナオキ spaced out). Two lines are one where
 * they run on in the same direction, in type of the same size, the second
 * starting within two and a half characters of where the first ends.
 */

export interface Joined {
  /** The parts' texts, in order: the gap between them is a space, where the OCR's own spaces are not. */
  parts: string[];
  line: OcrLine;
  /** The lines it was joined from, by their place in what the OCR returned. */
  sources: number[];
}

/** The share of the shorter of two spans that they have in common. */
function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / Math.max(1, Math.min(a1 - a0, b1 - b0));
}

function continues(first: OcrLine, next: OcrLine): boolean {
  const [a, b] = [first.bbox, next.bbox];
  const across = width(first) >= height(first) && width(next) >= height(next);
  const down = height(first) > width(first) && height(next) > width(next);
  const size = across ? height(first) : width(first);
  const nextSize = across ? height(next) : width(next);
  if (!(across || down) || nextSize < size * 0.8 || nextSize > size * 1.25) return false;
  const aligned = across ? overlap(a.y0, a.y1, b.y0, b.y1) : overlap(a.x0, a.x1, b.x0, b.x1);
  return aligned >= 0.7 && gapBetween(first, next) >= -0.2 * size && gapBetween(first, next) <= 2.5 * size;
}

/** How far `next` starts after `first` ends, across or down. */
function gapBetween(first: OcrLine, next: OcrLine): number {
  return width(first) >= height(first) ? next.bbox.x0 - first.bbox.x1 : next.bbox.y0 - first.bbox.y1;
}

function box(lines: readonly OcrLine[]): OcrLine['bbox'] {
  return {
    x0: Math.min(...lines.map((line) => line.bbox.x0)),
    y0: Math.min(...lines.map((line) => line.bbox.y0)),
    x1: Math.max(...lines.map((line) => line.bbox.x1)),
    y1: Math.max(...lines.map((line) => line.bbox.y1)),
  };
}

/**
 * The lines, each broken one put back together where its first part was. The
 * OCR may list a line's second part before its first (a column's lower part
 * first), so each part is looked for among all the lines: its nearest
 * continuation, of those no other part continues into.
 */
export function joinFragments(lines: readonly OcrLine[]): Joined[] {
  const next = new Map<number, number>();
  const continued = new Set<number>();
  lines.forEach((line, index) => {
    const following = lines
      .map((other, at) => ({ other, at }))
      .filter(({ other, at }) => at !== index && !continued.has(at) && continues(line, other))
      .toSorted((a, b) => gapBetween(line, a.other) - gapBetween(line, b.other))[0];
    if (following) {
      next.set(index, following.at);
      continued.add(following.at);
    }
  });
  return lines.flatMap((line, index) => {
    if (continued.has(index)) return [];
    const sources = [index];
    for (let at = next.get(index); at !== undefined && !sources.includes(at); at = next.get(at)) sources.push(at);
    const parts = sources.flatMap((source) => lines[source] ?? []);
    if (parts.length === 1) return [{ parts: [line.text], line, sources }];
    const confidence = Math.min(...parts.map((part) => part.confidence));
    const text = parts.map((part) => part.text.trim()).join(' ');
    return [{ parts: parts.map((part) => part.text), line: { text, confidence, bbox: box(parts) }, sources }];
  });
}
