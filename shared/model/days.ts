/**
 * Days from a to b inclusive (both PlainDate, YYYY-MM-DD); 1 for a one-day
 * trip. Apart from the schemas of time.ts, which re-exports it: the list of
 * trips counts days and loads no validation.
 */
export function daysInclusive(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}
