import type { LocalizedName } from '../model';
import { JAPANESE_PLACES } from './japanesePlaces';
import { fold } from './normalize';

export type Expansion = (word: string) => string[];

/** A form as a query word is compared with it: folded, and as a name (후꾸오까 and 후쿠오카 meet). */
const keysOf = (form: string) => [...new Set([fold(form).text.trim(), fold(form, { names: true }).text.trim()])];

/**
 * Groups of forms of one thing, as a search's expansion: a query word that
 * is one of a group's forms, whole, also finds the group's other forms.
 */
export function expansionOf(groups: readonly (readonly string[])[]): Expansion {
  const byForm = new Map<string, Set<string>>();
  for (const group of groups) {
    const forms = group.filter((form) => form.trim() !== '');
    for (const form of forms)
      for (const key of keysOf(form)) {
        const others = byForm.get(key) ?? new Set();
        for (const other of forms) if (other !== form) others.add(other);
        byForm.set(key, others);
      }
  }
  return (word) => [...new Set(keysOf(word).flatMap((key) => [...(byForm.get(key) ?? [])]))];
}

/**
 * The glossary: a word that is one of a term's forms (科学技術庁, 과학기술청,
 * Science and Technology Agency) also finds the term's other forms, so that a
 * query in Japanese finds the Korean notes that render it, and back.
 */
export function glossaryExpansion(terms: readonly LocalizedName[]): Expansion {
  return expansionOf(terms.map((term) => Object.values(term).filter((form): form is string => Boolean(form))));
}

/** Japanese places by any of their forms: 후쿠오카, ふくおか and 福岡 find each other. */
export const placeExpansion: Expansion = expansionOf(JAPANESE_PLACES);

/** Several expansions as one: every form any of them gives. */
export function allOf(...expansions: readonly Expansion[]): Expansion {
  return (word) => [...new Set(expansions.flatMap((expand) => expand(word)))];
}
