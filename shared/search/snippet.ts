/** A piece of a text to show, and whether it is part of a match. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The part of a text around its first match, `around` characters either side
 * (cut at the nearest space or line end within reach, so words stay whole),
 * with every match inside marked: what a search result shows of a long note.
 * Lines are joined, as a result shows one or two lines.
 */
export function snippetOf(text: string, ranges: readonly (readonly [number, number])[], around = 40): SnippetPart[] {
  const first = ranges[0];
  if (!first) return [{ text: text.slice(0, around * 2).replace(/\s+/g, ' '), match: false }];
  let start = Math.max(0, first[0] - around);
  let end = Math.min(text.length, first[1] + around * 2);
  // Begin at a word: after the first space past the cut, when there is one before the match.
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first[0]) start = space + 1;
  const after = text.indexOf(' ', end);
  if (end < text.length && after !== -1 && after - end < 10) end = after;
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (to <= start || from >= end) continue;
    const clippedFrom = Math.max(from, at);
    if (clippedFrom > at) parts.push({ text: text.slice(at, clippedFrom), match: false });
    const clippedTo = Math.min(to, end);
    if (clippedTo > clippedFrom) parts.push({ text: text.slice(clippedFrom, clippedTo), match: true });
    at = Math.max(at, clippedTo);
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  const flat = parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
  if (start > 0) flat.unshift({ text: '…', match: false });
  if (end < text.length) flat.push({ text: '…', match: false });
  return flat;
}
