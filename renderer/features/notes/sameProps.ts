/**
 * React.memo's comparison for props that hold lists made afresh at each
 * render (a visit's answers to one question, filtered from all of them):
 * equal when each prop is the same value, or a list of the same items. The
 * items keep their identity while unchanged (useStableLiveQuery), so a save
 * of one note redraws only the part that shows it.
 */
export function sameProps<P extends object>(before: Readonly<P>, after: Readonly<P>): boolean {
  const keys = Object.keys(after) as (keyof P)[];
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => {
    const a = before[key];
    const b = after[key];
    if (Object.is(a, b)) return true;
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
  });
}
