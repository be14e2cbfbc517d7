import type { HostPersonEntry } from '../model';
import { hangulReading } from './reading/hangul';
import { beginsWithTyped, keyTyped, type TypedKey } from './typeAhead';

/**
 * Finding a host person by a few letters of any form of their name (issue
 * 24): as written in Korean, Japanese and English, its reading in kana
 * (hiragana and katakana alike), the Hangul the reading gives, and the name
 * in romaji; each form from its beginning or from the beginning of one of
 * its words (一郎 finds 田中 一郎), Korean also by the keys of its syllables
 * or their first consonants (ㅎㅋ finds 후쿠오카), as typeAhead.ts reads them.
 * A person known only by their title (the governor) is found by it too.
 */

type Named = Pick<HostPersonEntry, 'name' | 'reading' | 'romanised' | 'title'>;

/** Katakana as hiragana, so that ふく finds フクオカ. */
function hiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) - 0x60));
}

/** Every form of a person's name, and each of their words. */
export function nameForms(person: Omit<Named, 'title'>): string[] {
  const reading = person.reading.trim();
  const forms = [
    person.name.ko,
    person.name.ja,
    person.name.en,
    reading,
    reading ? hangulReading(reading) : '',
    person.romanised,
  ]
    .map((form) => hiragana(form?.trim() ?? ''))
    .filter(Boolean);
  return withWords(forms);
}

/** Forms with each of their words. */
function withWords(forms: readonly string[]): string[] {
  const words = forms.flatMap((form) => form.split(/[\s・･,，、]+/u).filter(Boolean));
  return [...new Set([...forms, ...words])];
}

/** What was typed into a search box, as the keys typeAhead compares (a Hangul letter with its key). */
function typedKeys(typed: string): TypedKey[] {
  return [...hiragana(typed.trim())].flatMap((char) => keyTyped(char, '', false) ?? []);
}

/** Whether `typed` begins one of the person's name forms. */
export function personMatches(person: Named, typed: string): boolean {
  const keys = typedKeys(typed);
  if (keys.length === 0) return false;
  const titles = withWords(Object.values(person.title).map((title) => hiragana(title?.trim() ?? '')));
  return [...nameForms(person), ...titles].some((form) => beginsWithTyped(form, keys));
}
