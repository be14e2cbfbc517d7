import type { Language } from '../i18n/languages';

const listFormats = new Map<Language, Intl.ListFormat>();

/** Names one after another as each language lists them: A, B 및 C; A、B、C; A, B, and C. */
export function listNames(names: readonly string[], lang: Language): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(names);
}
