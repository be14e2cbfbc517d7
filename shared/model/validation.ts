/**
 * A field's length limit as a message key that carries its number
 * ('validation.tooLong|200'), so that a form says how long the field may be
 * ("200자까지 쓸 수 있습니다") rather than only that it is too long.
 */
export const tooLong = {
  error: (issue: { maximum?: unknown }) => `validation.tooLong|${String(issue.maximum ?? '')}`,
};

/** A message key and the number it carries ('validation.tooLong|200' → key and 200). */
export function messageKey(message: string): { key: string; max: number | null } {
  const [key = '', number] = message.split('|');
  return { key, max: number ? Number(number) : null };
}
