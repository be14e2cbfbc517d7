/**
 * Text folded so that forms readers take as the same compare equal, with,
 * for each folded character, the index in the original text it came from
 * (for highlighting).
 */
export interface Folded {
  text: string;
  /** origin[i] = index in the original of folded char i; origin.length === text.length + 1 (last = original length). */
  origin: number[];
}
