/**
 * Languages the interface is translated into, and the languages trip content
 * is written in; apart from their schema (`language`, languages.ts, which
 * re-exports all of this), so that the interface's start loads no validation.
 */
export const LANGUAGES = ['ko', 'ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in its own script, as a language switcher shows it. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  ko: '한국어',
  ja: '日本語',
  en: 'English',
};

export const FALLBACK_LANGUAGE: Language = 'en';
