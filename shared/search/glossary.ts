import type { LocalizedName } from '../model';
import { fold } from './normalize';

/**
 * The glossary as a search's expansion: a word that is one of a term's forms
 * (科学技術庁, 과학기술청, Science and Technology Agency, as folded) also
 * finds the term's other forms, so that a query in Japanese finds the Korean
 * notes that render it, and the other way round.
 */
export function glossaryExpansion(terms: readonly LocalizedName[]): (word: string) => string[] {
  const byForm = new Map<string, Set<string>>();
  for (const term of terms) {
    const forms = Object.values(term).filter((form): form is string => Boolean(form?.trim()));
    for (const form of forms) {
      const key = fold(form).text.trim();
      const others = byForm.get(key) ?? new Set();
      for (const other of forms) if (other !== form) others.add(other);
      byForm.set(key, others);
    }
  }
  return (word) => [...(byForm.get(fold(word).text.trim()) ?? [])];
}
