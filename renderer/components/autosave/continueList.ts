/** A list marker at the start of a line: '- ', '* ', '• ' or '1. ' / '1) ', with its indent. */
const MARKER = /^(\s*)([-*•]|(\d+)([.)]))\s+/;

/**
 * What Enter should insert at the end of a list line: the next marker
 * ('- ' again, or the next number), or, on a line that holds only a marker,
 * nothing but the removal of that marker (the list ends). Null when the
 * line is not a list line and Enter should do what it always does.
 */
export function listContinuation(line: string): { insert: string } | { removeMarker: number } | null {
  const match = MARKER.exec(line);
  if (!match) return null;
  if (line.length === match[0].length) return { removeMarker: match[0].length };
  const [, indent = '', bullet = '', number, delimiter] = match;
  const next = number ? `${Number(number) + 1}${delimiter}` : bullet;
  return { insert: `\n${indent}${next} ` };
}
