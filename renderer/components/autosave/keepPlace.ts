/**
 * Where a caret at `at` in `before` belongs in `after`, a text another
 * window or device changed: where it was when the change is after it, moved
 * by the change's length when the change is before it, and at the end of the
 * change when it fell inside it. The change is what lies between the two
 * texts' common start and common end.
 */
export function keepPlace(before: string, after: string, at: number): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
  if (at <= start) return at;
  if (at >= before.length - end) return at + after.length - before.length;
  return after.length - end;
}
